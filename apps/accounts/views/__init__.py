"""Account pages: sign-in, second factor, password, sessions, and user management."""
