export async function post(): Promise<void> {
  // Wired in a later commit.
}

void post()
