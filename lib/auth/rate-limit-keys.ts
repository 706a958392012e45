/** The keys failed sign-ins are counted under: one per account, one per client address. */
export function rateLimitKeys(identifier: string, address: string | null) {
  return {
    account: `account:${identifier.trim().toLowerCase()}`,
    address: address ? `address:${address}` : null,
  };
}
