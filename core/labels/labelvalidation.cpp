// LabelValidation::problems(): what keeps a technician's draft from becoming a label (see labeldraft.h).
// Messages use the translation context "fw" (QCoreApplication::translate, for lupdate).

#include "core/labels/labeldraft.h"
#include "core/fleet/topicparser.h"

#include <QCoreApplication>

#include <cmath>

namespace fw::LabelValidation {
namespace {

bool hasControlCharacters(const QString &text, bool allowLineBreaks)
{
    for (const QChar c : text) {
        if (allowLineBreaks && (c == QLatin1Char('\n') || c == QLatin1Char('\r') || c == QLatin1Char('\t')))
            continue;
        if (c.category() == QChar::Other_Control)
            return true;
    }
    return false;
}

void checkText(const QString &text, const QString &field, int maxLength, bool allowLineBreaks, QStringList *out)
{
    if (text.size() > maxLength)
        out->append(QCoreApplication::translate("fw", "%1: shorten it to at most %2 characters (it has %3).")
                        .arg(field).arg(maxLength).arg(text.size()));
    if (!hasControlCharacters(text, allowLineBreaks))
        return;
    out->append(allowLineBreaks
                    ? QCoreApplication::translate("fw", "%1: remove the control characters from it (line breaks and tabs may stay).").arg(field)
                    : QCoreApplication::translate("fw", "%1: remove the control characters (such as line breaks or tabs) from it.").arg(field));
}

void checkId(const QString &id, const QString &field, const QString &missing, QStringList *out)
{
    if (id.isEmpty())
        out->append(missing);
    else if (!TopicParser::isValidId(id))
        out->append(QCoreApplication::translate("fw", "%1: \"%2\" is not a valid id (1 to 64 letters, digits, '.', '_' "
                                                      "or '-'); choose it from the list.")
                        .arg(field, id.left(80)));
}

} // namespace

QStringList problems(const LabelDraft &draft, qint64 now)
{
    QStringList out;
    if (!draft.outcome) {
        out << QCoreApplication::translate("fw", "Outcome: choose what was found (true fault, no fault, inconclusive, or a missed failure).");
    } else if (*draft.outcome == Outcome::MissedFailure) {
        checkId(draft.site, QCoreApplication::translate("fw", "Site"),
                QCoreApplication::translate("fw", "Site: a missed failure needs the site of the asset that failed; choose it."), &out);
        checkId(draft.asset, QCoreApplication::translate("fw", "Asset"),
                QCoreApplication::translate("fw", "Asset: a missed failure needs the asset that failed; choose it."), &out);
        if (!draft.failedAt)
            out << QCoreApplication::translate("fw", "Failed at: enter when the asset failed.");
        if (!draft.alertKey.isEmpty())
            out << QCoreApplication::translate("fw", "Alert: a missed failure is one that no alert foresaw; record it "
                                                     "without an alert, or choose another outcome.");
    } else if (draft.alertKey.isEmpty()) {
        out << QCoreApplication::translate("fw", "Alert: choose the alert this outcome is about, or record a missed failure instead.");
    }
    if (draft.failedAt && *draft.failedAt > now + kMaxFailedAtAheadMs)
        out << QCoreApplication::translate("fw", "Failed at: the time lies in the future; enter when the asset actually failed.");
    if (const std::optional<double> d = draft.downtimeMinutes) {
        if (!std::isfinite(*d))
            out << QCoreApplication::translate("fw", "Downtime: enter a number of minutes.");
        else if (*d < 0.0)
            out << QCoreApplication::translate("fw", "Downtime: enter zero or more minutes.");
        else if (*d > kMaxDowntimeMinutes)
            out << QCoreApplication::translate("fw", "Downtime: %1 minutes is more than a year; enter the downtime in minutes.")
                       .arg(*d, 0, 'f', 0);
    }
    checkText(draft.failureMode, QCoreApplication::translate("fw", "Failure mode"), kMaxTextLength, false, &out);
    checkText(draft.cause, QCoreApplication::translate("fw", "Cause"), kMaxTextLength, false, &out);
    checkText(draft.action, QCoreApplication::translate("fw", "Action"), kMaxTextLength, false, &out);
    checkText(draft.notes, QCoreApplication::translate("fw", "Notes"), kMaxNotesLength, true, &out);
    return out;
}

} // namespace fw::LabelValidation
