// Runs the command line in-process, as `thidua …` would, capturing what it prints. One runner for
// every CLI test file, so each reads as the commands it runs.
import { main } from "../../src/cli/main";

/** What a run printed and its exit code. */
export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** The summary's printed date in every CLI test, so outputs do not depend on the day they ran. */
export const CLI_TEST_TODAY = { year: 2024, month: 7, day: 5 };

/**
 * Runs `thidua <argv…>` with the tests' fixed date.
 * @example const { code, stdout } = await thidua("validate", "cum18.xlsx");
 */
export async function thidua(...argv: string[]): Promise<CliRun> {
  let stdout = "";
  let stderr = "";
  const code = await main(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), today: () => CLI_TEST_TODAY });
  return { code, stdout, stderr };
}
