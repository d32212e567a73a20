// Passwords of twelve characters or more that appear again and again in leaked password lists,
// lower-cased. Shorter ones are refused by length already.
export const COMMON_PASSWORDS: ReadonlySet<string> = new Set([
  '123456789012', '1234567890123', '12345678901234', '123456789123', '123456123456', '123412341234',
  '111111111111', '000000000000', '121212121212', '123123123123', '987654321098', '098765432112',
  'qwertyuiop12', 'qwertyuiop123', 'qwerty123456', 'qwertyqwerty', 'qwertyuiopasdfgh', 'asdfghjkl123',
  'asdfasdfasdf', 'zxcvbnm12345', '1q2w3e4r5t6y', '1qaz2wsx3edc', 'zaq12wsxcde3', 'q1w2e3r4t5y6',
  'password1234', 'password12345', 'password123456', 'passwordpassword', 'passw0rd1234', 'p@ssw0rd1234',
  'password1234!', 'password!234', 'mypassword123', 'letmein12345', 'letmeinletmein', 'welcome12345',
  'welcome123456', 'iloveyou1234', 'iloveyouiloveyou', 'administrator', 'administrator1', 'trustno11234',
  'changeme1234', 'changemenow1', 'football1234', 'baseball1234', 'basketball12', 'superman1234',
  'princess1234', 'sunshine1234', 'starwars1234', 'monkey123456', 'dragon123456', 'master123456',
  'abc123456789', 'abcdefghijkl', 'abcdefghijklm', 'abcd12345678', 'aaaaaaaaaaaa', 'qazwsxedcrfv',
  'computer1234', 'internet1234', 'whatever1234', 'freedom12345', 'thomas123456', 'michael12345',
  'jennifer1234', 'jordan231234', 'liverpool123', 'chelsea12345', 'arsenal12345', 'summer2024!!',
  'correcthorsebatterystaple', 'correct horse battery staple',
]);
