-- Repeatable file 90_public: the last file. PUBLIC (every login of the cluster) has no right on any
-- table, sequence or function of schema cs, whatever the files before created or the numbered
-- migrations left: the app's rights go to its six group roles only (granted in the area files).
-- cs_owner's default privileges already keep PUBLIC off new objects; this says it for all of them.
-- Runs as the migrating superuser (not as cs_owner), so it also reaches the functions of the
-- extension pg_trgm, which the superuser owns.
REVOKE ALL ON ALL TABLES IN SCHEMA cs FROM PUBLIC;
REVOKE ALL ON ALL SEQUENCES IN SCHEMA cs FROM PUBLIC;
REVOKE ALL ON ALL FUNCTIONS IN SCHEMA cs FROM PUBLIC;
