-- 0020: a signature's password proven on the person's own connection (issue 11, load). Until now the
-- client proved the re-typed password by opening a new connection with it (the server accepts a
-- backend that started moments ago): a new server process for every signature, which on a busy
-- server cost more than the signature itself. Now the server hands out a one-use challenge on the
-- person's open connection, the client answers with a SCRAM client proof from the password, and the
-- server checks it against the login's stored verifier (functions/55_signatures.sql). A challenge
-- belongs to one login and one backend, is answered at most once, within the signature allowance,
-- and stays valid for the one transaction that answered it. Nobody reads or writes this table but
-- the functions: the message holds the nonce.
SET LOCAL ROLE cs_owner;
SET LOCAL search_path = cs, pg_temp;

-- The salt (base64) and iteration count of a stored SCRAM verifier.
CREATE TYPE cs.scram_parts AS (salt text, iterations integer);

CREATE TABLE cs.signature_challenges (
    challenge_id uuid PRIMARY KEY,
    username name NOT NULL,
    backend_pid integer NOT NULL,
    message text NOT NULL,
    created_at timestamptz NOT NULL DEFAULT clock_timestamp(),
    proven_at timestamptz,
    proven_xid xid8
);
CREATE INDEX idx_signature_challenges_backend ON cs.signature_challenges (username, backend_pid);
CREATE INDEX idx_signature_challenges_created ON cs.signature_challenges (created_at);
REVOKE ALL ON cs.signature_challenges FROM PUBLIC;
