#pragma once
// ActionRepository: the `actions` table, operators' actions on alerts (local or from another
// console): the audit record. Statements are prepared once, in the constructor.
// Thread affinity and lifetime: those of the Database it is bound to (destroy it first).
// Errors: logged on the "store" logger; reported through *ok (ok may be null).

#include "core/alerts/alertrecord.h"
#include "core/store/sqlstatement.h"

#include <vector>

namespace fw {

class Database;

class ActionRepository
{
public:
    explicit ActionRepository(Database &db);
    bool isValid() const;

    // Stores the action and sets a.id. True if it was new; false for a repeat of a stored action
    // (same alertRow, event, console and ts: a re-delivered remote acknowledgement; nothing is
    // stored) or on error (*ok false; e.g. an alertRow that does not exist).
    bool insert(AlertAction &a, bool *ok = nullptr);
    // The actions on one alert, oldest first (ts, then the order they were stored).
    std::vector<AlertAction> forAlert(qint64 alertRow, bool *ok = nullptr);

private:
    SqlStatement m_insert;
    SqlStatement m_forAlert;
};

} // namespace fw
