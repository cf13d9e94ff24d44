export async function run(): Promise<void> {
  // Wired in a later commit.
}
