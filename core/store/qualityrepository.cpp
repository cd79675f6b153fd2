#include "core/store/qualityrepository.h"

#include "core/fleet/topicparser.h"
#include "core/store/database.h"

#include <QMap>

#include <algorithm>

namespace fw {

namespace {

// Covered by alerts_model (model_name, model_version, raised_at): no table access, no sort.
constexpr const char *kAlertsPerVersion =
    "SELECT model_name, model_version, count(*) FROM alerts WHERE model_name <> '' "
    "GROUP BY model_name, model_version";

// The newest label of each labelled alert (labels_alert, in alert_row order: no sort), counted under
// that alert's model version.
constexpr const char *kOutcomesPerVersion =
    "SELECT a.model_name, a.model_version, l.outcome, count(*) "
    "FROM (SELECT max(id) AS id FROM labels WHERE alert_row IS NOT NULL GROUP BY alert_row) latest "
    "JOIN labels l ON l.id = latest.id JOIN alerts a ON a.id = l.alert_row WHERE a.model_name <> '' "
    "GROUP BY a.model_name, a.model_version, l.outcome";

constexpr const char *kMissedPerVersion =
    "SELECT model_name, model_version, count(*) FROM labels WHERE outcome = 'missed_failure' "
    "GROUP BY model_name, model_version";

#define FW_SIMILAR_COLUMNS "id, site, asset, alert_id, title, raised_at, model_name, model_version "

constexpr const char *kSameAsset =
    "SELECT " FW_SIMILAR_COLUMNS "FROM alerts WHERE site = ?1 AND asset = ?2 ORDER BY raised_at DESC LIMIT ?3";

// The versions of one model, one index seek each (a loose index scan over alerts_model).
constexpr const char *kModelVersions =
    "WITH RECURSIVE v(version) AS ("
    " SELECT (SELECT min(model_version) FROM alerts WHERE model_name = ?1)"
    " UNION ALL"
    " SELECT (SELECT min(model_version) FROM alerts WHERE model_name = ?1 AND model_version > v.version)"
    " FROM v WHERE v.version IS NOT NULL) "
    "SELECT version FROM v WHERE version IS NOT NULL LIMIT 1000";

constexpr const char *kSameModelVersion =
    "SELECT " FW_SIMILAR_COLUMNS "FROM alerts WHERE model_name = ?1 AND model_version = ?2 "
    "ORDER BY raised_at DESC LIMIT ?3";

#undef FW_SIMILAR_COLUMNS

constexpr const char *kLatestLabel =
    "SELECT outcome, failure_mode FROM labels WHERE alert_row = ?1 ORDER BY id DESC LIMIT 1";

using VersionKey = std::pair<QString, QString>;

} // namespace

QualityRepository::QualityRepository(Database &db)
    : m_alertsPerVersion(db.handle(), kAlertsPerVersion)
    , m_outcomesPerVersion(db.handle(), kOutcomesPerVersion)
    , m_missedPerVersion(db.handle(), kMissedPerVersion)
    , m_sameAsset(db.handle(), kSameAsset)
    , m_modelVersions(db.handle(), kModelVersions)
    , m_sameModelVersion(db.handle(), kSameModelVersion)
    , m_latestLabel(db.handle(), kLatestLabel)
{
}

bool QualityRepository::isValid() const
{
    return m_alertsPerVersion.isValid() && m_outcomesPerVersion.isValid() && m_missedPerVersion.isValid()
           && m_sameAsset.isValid() && m_modelVersions.isValid() && m_sameModelVersion.isValid()
           && m_latestLabel.isValid();
}

ModelQualities QualityRepository::modelQualities(bool *ok)
{
    QMap<VersionKey, ModelQuality> byVersion;
    auto entry = [&byVersion](const QString &name, const QString &version) -> ModelQuality & {
        ModelQuality &q = byVersion[VersionKey(name, version)];
        q.model = name;
        q.version = version;
        return q;
    };
    bool failed = false;
    {
        StatementReset reset(m_alertsPerVersion);
        while (m_alertsPerVersion.next())
            entry(m_alertsPerVersion.text(0), m_alertsPerVersion.text(1)).alerts = int(m_alertsPerVersion.int64(2));
        failed = failed || m_alertsPerVersion.failed();
    }
    {
        StatementReset reset(m_outcomesPerVersion);
        while (m_outcomesPerVersion.next()) {
            ModelQuality &q = entry(m_outcomesPerVersion.text(0), m_outcomesPerVersion.text(1));
            const QString outcome = m_outcomesPerVersion.text(2);
            const int n = int(m_outcomesPerVersion.int64(3));
            q.labelled += n;
            if (outcome == outcomeName(Outcome::TruePositive))
                q.truePositives += n;
            else if (outcome == outcomeName(Outcome::FalsePositive))
                q.falsePositives += n;
            else if (outcome == outcomeName(Outcome::Inconclusive))
                q.inconclusive += n;
        }
        failed = failed || m_outcomesPerVersion.failed();
    }
    {
        StatementReset reset(m_missedPerVersion);
        while (m_missedPerVersion.next())
            entry(m_missedPerVersion.text(0), m_missedPerVersion.text(1)).missedFailures = int(m_missedPerVersion.int64(2));
        failed = failed || m_missedPerVersion.failed();
    }
    if (ok)
        *ok = !failed;
    if (failed)
        return {};
    return ModelQualities(byVersion.cbegin(), byVersion.cend());
}

std::vector<SimilarAlert> QualityRepository::similarAlerts(const AlertRecord &alert, int limit, bool *ok)
{
    std::vector<SimilarAlert> found;
    // One more than wanted from each source: the alert itself may be among them.
    m_sameAsset.bind(1, alert.site);
    m_sameAsset.bind(2, alert.asset);
    m_sameAsset.bind(3, limit + 1);
    bool good = collectSimilar(m_sameAsset, alert.rowId, &found);
    if (good && !alert.model.name.isEmpty()) {
        QStringList versions;
        {
            StatementReset reset(m_modelVersions);
            m_modelVersions.bind(1, alert.model.name);
            while (m_modelVersions.next())
                versions << m_modelVersions.text(0);
            good = !m_modelVersions.failed();
        }
        for (const QString &version : std::as_const(versions)) {
            if (!good)
                break;
            m_sameModelVersion.bind(1, alert.model.name);
            m_sameModelVersion.bind(2, version);
            m_sameModelVersion.bind(3, limit + 1);
            good = collectSimilar(m_sameModelVersion, alert.rowId, &found);
        }
    }
    std::sort(found.begin(), found.end(), [](const SimilarAlert &a, const SimilarAlert &b) {
        return a.raisedAt != b.raisedAt ? a.raisedAt > b.raisedAt : a.key < b.key;
    });
    found.erase(std::unique(found.begin(), found.end(),
                            [](const SimilarAlert &a, const SimilarAlert &b) { return a.key == b.key; }),
                found.end());
    if (found.size() > size_t(std::max(0, limit)))
        found.resize(size_t(std::max(0, limit)));
    // What technicians found, for the few that are shown.
    for (SimilarAlert &s : found) {
        if (!good)
            break;
        StatementReset reset(m_latestLabel);
        m_latestLabel.bind(1, s.rowId);
        if (m_latestLabel.next()) {
            s.outcome = m_latestLabel.text(0);
            s.failureMode = m_latestLabel.text(1);
        }
        good = !m_latestLabel.failed();
    }
    if (ok)
        *ok = good;
    if (!good)
        return {};
    return found;
}

bool QualityRepository::collectSimilar(SqlStatement &select, qint64 self, std::vector<SimilarAlert> *out)
{
    StatementReset reset(select);
    while (select.next()) {
        if (select.int64(0) == self)
            continue;
        SimilarAlert s;
        s.rowId = select.int64(0);
        s.asset = select.text(2);
        s.key = TopicParser::alertKey(select.text(1), s.asset, select.text(3));
        s.title = select.text(4);
        s.raisedAt = select.int64(5);
        s.model = ModelRef{select.text(6), select.text(7)};
        out->push_back(std::move(s));
    }
    return !select.failed();
}

} // namespace fw
