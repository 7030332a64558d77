"""The outbox worker and its senders (email, outbound webhooks), and what the worker clears away."""
