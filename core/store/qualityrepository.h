#pragma once
// QualityRepository: what the store says about alerts together with technicians' labels: the quality
// of each model version (ModelQuality) and the last alerts similar to one (same asset, or same model
// name) with what was found. Read-only; statements are prepared once, in the constructor.
// Thread affinity and lifetime: those of the Database it is bound to (destroy it first).
// Errors: logged on the "store" logger; reported as an empty list with *ok false (ok may be null).

#include "core/alerts/alertdetails.h"
#include "core/labels/labeldraft.h"
#include "core/store/sqlstatement.h"

namespace fw {

class Database;

class QualityRepository
{
public:
    explicit QualityRepository(Database &db);
    bool isValid() const;

    // One entry per (model name, version) that raised alerts or that missed failures name, ordered by
    // name then version. An alert counts by its newest label. Missed failures that named no model are
    // collected in an entry with an empty name (only when there are some).
    ModelQualities modelQualities(bool *ok = nullptr);

    // The newest `limit` alerts (by raised_at) of the same site and asset as `alert` or with the same
    // model name, without `alert` itself, newest first, with the outcome and failure mode of each
    // one's newest label.
    std::vector<SimilarAlert> similarAlerts(const AlertRecord &alert, int limit, bool *ok = nullptr);

private:
    bool collectSimilar(SqlStatement &select, qint64 self, std::vector<SimilarAlert> *out);

    SqlStatement m_alertsPerVersion;
    SqlStatement m_outcomesPerVersion;
    SqlStatement m_missedPerVersion;
    SqlStatement m_sameAsset;
    SqlStatement m_modelVersions;
    SqlStatement m_sameModelVersion;
    SqlStatement m_latestLabel;
};

} // namespace fw
