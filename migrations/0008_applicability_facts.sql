-- Issue 12 (SPEC §3): whose duty privacy is, and the user's own capabilities.
-- A processor of its customers' personal data is not scoped for Privacy by default; blank
-- (NULL) is unknown, which keeps Privacy in scope to confirm.
ALTER TABLE service ADD COLUMN privacy_role TEXT CHECK (privacy_role IN ('controller', 'processor'));

-- Capabilities the user adds to the built-in vocabulary (or re-points): each answers yes to the
-- questions it points to when they are unanswered (1 financial reporting, 2 customer data).
CREATE TABLE capability (
  id                  INTEGER PRIMARY KEY,
  name                TEXT NOT NULL UNIQUE,
  financial_reporting INTEGER NOT NULL CHECK (financial_reporting IN (0, 1)),
  customer_data       INTEGER NOT NULL CHECK (customer_data IN (0, 1)),
  description         TEXT NOT NULL DEFAULT ''
) STRICT;
