"""Market pages: public browsing and search, listings and moderation, contracts, brokers."""
