#include "devtools/ordergenerator.h"

#include "data/common/connectionsettings.h"
#include "data/schema/boardindexes.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace cs::devtools {

bool OrderGenerator::generate(QSqlDatabase db, const Options& options,
                                  const std::function<void(qint64)>& progress, QString* error)
{
    auto fail = [error](const QSqlQuery& q) {
        if (error)
            *error = data::sqlState(q.lastError()) + QStringLiteral(": ") + q.lastError().text();
        return false;
    };
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT rolsuper FROM pg_roles WHERE rolname = session_user")) || !q.next())
        return fail(q);
    const bool superuser = q.value(0).toBool();
    if (!superuser) {
        if (error)
            *error = tr("gen-orders writes the orders table directly and needs a superuser connection.");
        return false;
    }
    // The author of the generated orders: an active coordinator (or admin).
    if (!q.exec(QStringLiteral("SELECT user_id::text FROM cs.users WHERE is_active AND role IN "
                               "('ProductionCoordinator', 'Admin') ORDER BY role, username LIMIT 1")))
        return fail(q);
    if (!q.next()) {
        if (error)
            *error = tr("There is no active coordinator or admin to be the author of the orders; create one first.");
        return false;
    }
    const QString creator = q.value(0).toString();
    // Continue numbering after an earlier run with the same seed.
    const QString prefix = QStringLiteral("G%1").arg(options.seed);
    q.prepare(QStringLiteral("SELECT coalesce(max(substring(build_number FROM '^' || ? || '-(\\d+)$')::bigint) + 1, 0) "
                             "FROM cs.orders WHERE build_number LIKE ? || '-%'"));
    q.addBindValue(prefix);
    q.addBindValue(prefix);
    if (!q.exec() || !q.next())
        return fail(q);
    qint64 first = q.value(0).toLongLong();
    if (first % 2)
        ++first;   // two builds per purchase order

    if (options.skipTriggers && !q.exec(QStringLiteral("SET session_replication_role = replica")))
        return fail(q);

    // Two builds per PO, deterministic from (seed, index) through hashint8, so a run is reproducible.
    const QString sql = QStringLiteral(R"SQL(
WITH n AS MATERIALIZED (
    SELECT g AS po_idx, abs(hashint8(g * 7919 + :seed)::bigint) AS h, gen_random_uuid() AS po_id,
           format('PO-%s%s', 45 + abs(hashint8(g * 7919 + :seed2)::bigint) % 5,
                  lpad((g + 100000 * CAST(:seed3 AS bigint) % 9000000)::text, 7, '0')) AS po_number,
           now() - make_interval(days => (abs(hashint8(g * 7919 + :seed4)::bigint) % 1000)::int) AS created_at
    FROM generate_series(CAST(:p0 AS bigint), CAST(:p1 AS bigint)) g
), po AS (
    INSERT INTO cs.purchase_orders (po_id, po_number, created_by, created_at)
    SELECT po_id, po_number, CAST(:creator AS uuid), created_at FROM n
), b AS (
    SELECT n.*, k, n.po_idx * 2 + k AS idx, abs(hashint8((n.po_idx * 2 + k) * 104729 + :seed5)::bigint) AS hb
    FROM n CROSS JOIN generate_series(0, 1) k
)
INSERT INTO cs.orders (po_id, po_number, build_number, customer_name, project_name, sales_person, want_date,
                       order_language, sink_family, sink_model, sink_dimensions, legs_type, feet_type, has_pegboard,
                       workflow_direction, config, status, created_by, created_at, updated_at)
SELECT b.po_id, b.po_number,
       format('%s-%s', CAST(:prefix AS text), lpad(b.idx::text, 7, '0')),
       (ARRAY['St. Mary''s Hospital', 'General Hospital', 'University Medical Center', 'Children''s Hospital',
              'Memorial Hospital', 'Regional Medical Center', 'Mercy Health', 'Sacred Heart Hospital',
              'Veterans Medical Center', 'Community Hospital', 'Baptist Health', 'Methodist Hospital',
              'Providence Medical', 'Good Samaritan Hospital', 'Kaiser Surgical Center', 'Mayo Surgery Unit',
              'Cedars Clinic', 'Hôpital Sainte-Justine', 'Centre Hospitalier', 'Hospital San Juan'])[1 + (b.h / 7) % 20]
         || ' ' ||
       (ARRAY['Boston', 'Denver', 'Austin', 'Seattle', 'Chicago', 'Toronto', 'Montréal', 'Québec', 'Phoenix',
              'Atlanta', 'Dallas', 'Miami', 'Portland', 'Calgary', 'Ottawa', 'Madrid', 'Sevilla', 'Lyon',
              'Houston', 'Detroit', 'Vancouver', 'Tampa', 'Orlando', 'Memphis', 'Omaha', 'Tucson', 'Fresno',
              'Raleigh', 'Richmond', 'Buffalo'])[1 + (b.h / 149) % 30]
         || (ARRAY['', ' Main Campus', ' North', ' South', ' East', ' West', ' Downtown', ' Heights', ' Valley',
                   ' Lakeside', ' Riverside', ' Parkview'])[1 + (b.h / 4967) % 12],
       CASE WHEN b.h % 5 = 0 THEN NULL ELSE
       (ARRAY['Sterile Processing Renovation', 'OR Expansion', 'SPD Upgrade', 'Endoscopy Suite', 'New Tower',
              'Decontamination Room', 'Central Sterile', 'Clinic Fit-out', 'Surgical Wing', 'Replacement Program'])
              [1 + (b.h / 4561) % 10] || ' ' ||
       (ARRAY['Boston', 'Denver', 'Austin', 'Seattle', 'Chicago', 'Toronto', 'Montréal', 'Québec', 'Phoenix',
              'Atlanta', 'Dallas', 'Miami', 'Portland', 'Calgary', 'Ottawa', 'Madrid', 'Sevilla', 'Lyon',
              'Houston', 'Detroit', 'Vancouver', 'Tampa', 'Orlando', 'Memphis', 'Omaha', 'Tucson', 'Fresno',
              'Raleigh', 'Richmond', 'Buffalo'])[1 + (b.h / 149) % 30] || ' ' || (2020 + (b.h / 45613) % 7)::text END,
       (ARRAY['Sam Sales', 'Jordan Miles', 'Alex Carter', 'Marie Dubois', 'Luis Ortega', 'Priya Patel'])[1 + (b.h / 13) % 6],
       current_date + ((b.hb % 240) - 60)::int,
       (ARRAY['EN', 'EN', 'EN', 'FR', 'ES'])[1 + (b.h / 17) % 5]::cs.language_enum,
       'MDRD', 'T2-B' || (1 + b.hb % 3)::text,
       jsonb_build_object('widthIn', 30, 'lengthIn', 48 + 12 * (b.hb / 3 % 6)),
       CASE WHEN b.hb % 2 = 0 THEN 'HEIGHT_ADJUSTABLE' ELSE 'FIXED_HEIGHT' END,
       CASE WHEN b.hb % 3 = 0 THEN 'LEVELING_CASTERS' ELSE 'SEISMIC_FEET' END,
       b.hb % 4 = 0,
       CASE WHEN b.hb % 2 = 0 THEN 'LEFT_TO_RIGHT' ELSE 'RIGHT_TO_LEFT' END,
       jsonb_build_object('model', 'T2-B' || (1 + b.hb % 3)::text, 'widthIn', 30, 'lengthIn', 48 + 12 * (b.hb / 3 % 6),
                          'basins', (SELECT jsonb_agg(jsonb_build_object('type', 'E_SINK', 'size', '20X20X8'))
                                     FROM generate_series(1, 1 + (b.hb % 3)::int)),
                          'synthetic', true),
       (ARRAY['Shipped', 'Shipped', 'Shipped', 'Shipped', 'Shipped', 'Shipped', 'OrderCreated', 'OrderCreated',
              'PartsSent', 'ReadyForPreQC', 'ReadyForProduction', 'ReadyForProduction', 'TestingComplete',
              'PackagingComplete', 'ReadyForFinalQC', 'ReadyForShip', 'OnHoldParts', 'ReworkPreQC',
              'PreQCRejected', 'ReworkFinalQC'])[1 + (b.hb / 11) % 20]::cs.order_status_enum,
       CAST(:creator2 AS uuid), b.created_at, b.created_at + make_interval(hours => (b.hb % 2000)::int)
FROM b
)SQL");
    const qint64 poCount = (options.count + 1) / 2;
    const qint64 poFirst = first / 2;
    const qint64 batchPos = qMax<qint64>(1, options.batch / 2);
    qint64 done = 0;
    for (qint64 p = 0; p < poCount; p += batchPos) {
        const qint64 p1 = qMin(poCount, p + batchPos) - 1;
        if (!db.transaction())
            return fail(q);
        q.prepare(sql);
        for (const char* name : {":seed", ":seed2", ":seed3", ":seed4", ":seed5"})
            q.bindValue(QString::fromLatin1(name), qint64(options.seed));
        q.bindValue(QStringLiteral(":p0"), poFirst + p);
        q.bindValue(QStringLiteral(":p1"), poFirst + p1);
        q.bindValue(QStringLiteral(":creator"), creator);
        q.bindValue(QStringLiteral(":prefix"), prefix);
        q.bindValue(QStringLiteral(":creator2"), creator);
        if (!q.exec()) {
            const bool ok = fail(q);
            db.rollback();
            return ok;
        }
        if (!db.commit())
            return fail(q);
        done += (p1 - p + 1) * 2;
        if (progress)
            progress(qMin(done, options.count));
    }
    if (options.skipTriggers)
        q.exec(QStringLiteral("SET session_replication_role = DEFAULT"));
    // The board's indexes once the table is large enough for the board to walk them (built after
    // the rows, which is faster than keeping them up to date row by row).
    const data::BoardIndexes::Result indexes = data::BoardIndexes::buildWhenDue(db);
    if (!indexes.ok) {
        if (error)
            *error = indexes.error;
        return false;
    }
    // Outside a transaction: merges the GIN pending lists and sets the visibility map, so the first
    // searches do not pay for the bulk load.
    q.exec(QStringLiteral("VACUUM (ANALYZE) cs.orders"));
    q.exec(QStringLiteral("VACUUM (ANALYZE) cs.purchase_orders"));
    return true;
}

} // namespace cs::devtools
