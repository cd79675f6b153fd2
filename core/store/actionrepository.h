#pragma once
// ActionRepository: the `actions` table, operators' actions on alerts (local or from another
// console): the audit record. Statements are prepared once, in the constructor.
// Thread affinity and lifetime: those of the Database it is bound to (destroy it first).
// Errors: logged on the "store" logger; reported through *ok (ok may be null).

#include "core/alerts/alertrecord.h"
#include "core/store/sqlstatement.h"

#include <QHash>

#include <vector>

namespace fw {

class Database;

class ActionRepository
{
public:
    // What the actions say about an alert that its `alerts` row does not hold (restored after a restart).
    struct Annotations
    {
        int comments = 0;
        QString lastComment;
        std::optional<qint64> outOfServiceUntil;   // the end of its newest remove_from_service, if any
    };

    explicit ActionRepository(Database &db);
    bool isValid() const;

    // Stores the action and sets a.id. True if it was new; false for a repeat of a stored action
    // (same alertRow, event, console and ts: a re-delivered remote action; nothing is stored) or on
    // error (*ok false; e.g. an alertRow that does not exist).
    bool insert(AlertAction &a, bool *ok = nullptr);
    // The actions on one alert, oldest first (the order they were received here).
    std::vector<AlertAction> forAlert(qint64 alertRow, bool *ok = nullptr);
    // Comments and out-of-service ends of every alert that has any, by alert row.
    QHash<qint64, Annotations> annotations(bool *ok = nullptr);

private:
    SqlStatement m_insert;
    SqlStatement m_forAlert;
    SqlStatement m_comments;
    SqlStatement m_serviceEnds;
};

} // namespace fw
