// A digest's token allowance for LLM calls. A call reserves what it may spend before it is sent
// (prompt estimate + the output cap), so stories summarized at once never overrun the budget
// together; the reservation is then settled with what the API reports it used.

export interface TokenBudget {
  readonly limit: number;
  /** Tokens the API reported (or we estimated) for finished calls. */
  spent(): number;
  /** Takes `tokens` from what is left; false (and nothing taken) when they do not fit. */
  reserve(tokens: number): boolean;
  /** Returns a reservation and books what the call really used (0 when it failed before an answer). */
  settle(reserved: number, used: number): void;
}

export function createTokenBudget(limit: number): TokenBudget {
  let spent = 0;
  let reserved = 0;
  return {
    limit,
    spent: () => spent,
    reserve(tokens) {
      if (spent + reserved + tokens > limit) return false;
      reserved += tokens;
      return true;
    },
    settle(held, used) {
      reserved = Math.max(0, reserved - held);
      spent += used;
    },
  };
}

/** Rough tokens of English text when the API does not say: about four characters a token. */
export const estimateTokens = (text: string) => Math.ceil(text.length / 4);
