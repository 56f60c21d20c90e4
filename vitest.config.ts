import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    // Content checks print their warnings; keep the output readable.
    reporters: ['default'],
  },
});
