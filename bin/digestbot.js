#!/usr/bin/env node
// Entry for the `digestbot` command; the build (npm ci runs `prepare`) writes dist/.
import '../dist/cli.js';
