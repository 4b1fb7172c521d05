const KEY = 'cos.devToken';

/** Keeps the local dev sign-in for this browser tab, so a reload stays signed in. */
export const devTokenStorage = {
  read: (): string | undefined => sessionStorage.getItem(KEY) ?? undefined,
  write: (token: string): void => sessionStorage.setItem(KEY, token),
  clear: (): void => sessionStorage.removeItem(KEY),
};
