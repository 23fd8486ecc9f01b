// Tests run domain modules directly in Node, which is the server: the "server-only" guard has nothing to guard
// here, and its real entry point throws outside a React Server Components build.
export {};
