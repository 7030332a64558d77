"""The database and files on disk: Tortoise configuration and migrations, hand-written statements,
rate-limit counters, and the stores for customers' photos and prepaid labels."""
