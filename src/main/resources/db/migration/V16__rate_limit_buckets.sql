-- Request limits shared by every instance on one PostgreSQL database (web/limits/SharedBuckets).
-- H2 runs one instance and keeps its buckets in memory, so there the table stays empty.
--
-- One row per token bucket that is not full: a policy (signup-ip, confirm-address, ...) and
-- the key it counts by (a client network, a mailbox hash). full_at is when the bucket is full
-- again, in microseconds since the epoch (the "theoretical arrival time" of the generic cell
-- rate algorithm); each request moves it one refill interval on, and a request that would move
-- it further than one window past now is refused. A row whose full_at has passed says nothing
-- an absent row would not, so the sweep deletes those: the table holds the clients of the
-- last window only.
CREATE TABLE rate_limit_bucket (
    policy      VARCHAR(64)  NOT NULL,
    bucket_key  VARCHAR(128) NOT NULL,
    full_at     BIGINT       NOT NULL,
    PRIMARY KEY (policy, bucket_key)
);
CREATE INDEX rate_limit_bucket_full_at_idx ON rate_limit_bucket (full_at);
