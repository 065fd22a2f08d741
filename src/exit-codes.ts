// The CLI's exit codes (SPEC §8): users' scripts branch on them.
export const EXIT = {
  success: 0,
  assetsFailed: 1,
  invalidInput: 2,
  overBudget: 3,
} as const;
