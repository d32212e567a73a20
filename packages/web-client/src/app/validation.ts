/** Why an email address cannot be right, or undefined; `whose` words the missing case ("your", "their"). */
export function checkEmail(email: string, whose: 'your' | 'their' = 'your'): string | undefined {
  if (!email.trim()) return `Enter ${whose} email address.`;
  if (!/^[^\s@]+@[^\s@]+$/.test(email.trim())) return 'Enter an email address like name@example.com.';
  return undefined;
}
