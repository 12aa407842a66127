-- 0018: what 500 people at once showed (issue 11, load). The service request lists (every role's
-- home page: procurement's queue, production's approved requests, the service department's own) read
-- newest first by request time, up to a row limit; without an index each read sorted the whole table,
-- which only grows. The service department's own list walks (requested_by, request_timestamp)
-- backwards (that index replaces the one on requested_by alone).
SET LOCAL ROLE cs_owner;
SET LOCAL search_path = cs, pg_temp;

CREATE INDEX idx_service_orders_requested_at ON cs.service_orders (request_timestamp);
CREATE INDEX idx_service_orders_requester_time ON cs.service_orders (requested_by, request_timestamp);
DROP INDEX cs.idx_service_orders_requested_by;
