-- A webhook payload holds any change event: the event's surrogate keys alone may take 100,000
-- characters (V10), and a delivery too large for its column would stop the fan-out of every
-- later event. Old deliveries are pruned by creation time through an index of their own.
ALTER TABLE webhook_delivery ALTER COLUMN payload SET DATA TYPE VARCHAR(110000);
CREATE INDEX webhook_delivery_created_idx ON webhook_delivery (created_at);
