/**
 * The keys sign-in attempts are counted under. An account that exists is
 * counted by its id, so its username and its email share one count; a name
 * that matches no account is counted by the name as typed (lower case).
 */
export function signInKeys(account: { userId: string } | { typed: string }, address: string) {
  const accountKey = "userId" in account ? `account:${account.userId}` : `name:${account.typed.trim().toLowerCase()}`;
  return {
    account: accountKey,
    pair: `pair:${accountKey}|${address}`,
    address: `address:${address}`,
  };
}

/** Every pair counter of one account starts with this (for clearing them on a reset). */
export function pairPrefixOf(userId: string) {
  return `pair:account:${userId}|`;
}

export const codeJoinKey = (address: string) => `join:${address}`;
export const signUpKey = (address: string) => `signup:${address}`;
export const pinMissKey = (address: string) => `pin:${address}`;
