"""Value types and pure helpers every layer may use (money, calendar, ids, input text, outbound
addresses, signatures, a sender's answer); they import nothing of the project."""
