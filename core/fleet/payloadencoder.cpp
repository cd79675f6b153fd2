#include "core/fleet/payloadencoder.h"

#include "core/fleet/rfc3339.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace fw::PayloadEncoder {
namespace {

QByteArray toJson(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

void putString(QJsonObject &o, QLatin1StringView key, const QString &value)
{
    if (!value.isEmpty())
        o.insert(key, value);
}

void putNumber(QJsonObject &o, QLatin1StringView key, const std::optional<double> &value)
{
    if (value)
        o.insert(key, *value);
}

void putInteger(QJsonObject &o, QLatin1StringView key, const std::optional<qint64> &value)
{
    if (value)
        o.insert(key, *value);
}

void putTimestamp(QJsonObject &o, QLatin1StringView key, const std::optional<qint64> &value)
{
    if (value)
        o.insert(key, formatRfc3339(*value));
}

QJsonObject modelObject(const ModelRef &model)
{
    return QJsonObject{{QLatin1StringView("name"), model.name},
                       {QLatin1StringView("version"), model.version}};
}

QJsonObject alertObject(const AlertMsg &m)
{
    QJsonObject o;
    o.insert(QLatin1StringView("id"), m.id);
    o.insert(QLatin1StringView("event"), alertEventName(m.event));
    o.insert(QLatin1StringView("ts"), formatRfc3339(m.ts));
    o.insert(QLatin1StringView("seq"), m.seq);
    if (m.priority)
        o.insert(QLatin1StringView("priority"), priorityName(*m.priority));
    putString(o, QLatin1StringView("title"), m.title);
    putNumber(o, QLatin1StringView("score"), m.score);
    putNumber(o, QLatin1StringView("threshold"), m.threshold);
    if (m.model)
        o.insert(QLatin1StringView("model"), modelObject(*m.model));
    if (m.explanation) {
        QJsonObject e;
        putString(e, QLatin1StringView("method"), m.explanation->method);
        putString(e, QLatin1StringView("summary"), m.explanation->summary);
        if (!m.explanation->contributions.empty()) {
            QJsonArray contributions;
            for (const Contribution &c : m.explanation->contributions) {
                QJsonObject co;
                co.insert(QLatin1StringView("signal"), c.signal);
                putNumber(co, QLatin1StringView("value"), c.value);
                putNumber(co, QLatin1StringView("baseline"), c.baseline);
                co.insert(QLatin1StringView("weight"), c.weight);
                contributions.append(co);
            }
            e.insert(QLatin1StringView("contributions"), contributions);
        }
        o.insert(QLatin1StringView("explanation"), e);
    }
    if (m.windowFrom || m.windowTo) {
        QJsonObject w;
        putTimestamp(w, QLatin1StringView("from"), m.windowFrom);
        putTimestamp(w, QLatin1StringView("to"), m.windowTo);
        o.insert(QLatin1StringView("window"), w);
    }
    return o;
}

} // namespace

QByteArray encode(const MetaMsg &m)
{
    QJsonObject o;
    o.insert(QLatin1StringView("name"), m.name);
    putString(o, QLatin1StringView("type"), m.type);
    putString(o, QLatin1StringView("line"), m.line);
    if (m.criticality != Criticality::Unknown)
        o.insert(QLatin1StringView("criticality"), criticalityName(m.criticality));
    putString(o, QLatin1StringView("location"), m.location);
    if (!m.signalInfos.empty()) {
        QJsonArray signalArray;
        for (const SignalInfo &s : m.signalInfos) {
            QJsonObject so;
            so.insert(QLatin1StringView("name"), s.name);
            putString(so, QLatin1StringView("unit"), s.unit);
            putString(so, QLatin1StringView("label"), s.label);
            signalArray.append(so);
        }
        o.insert(QLatin1StringView("signals"), signalArray);
    }
    if (!m.tags.isEmpty()) {
        QJsonObject tags;
        for (auto it = m.tags.cbegin(); it != m.tags.cend(); ++it)
            tags.insert(it.key(), it.value());
        o.insert(QLatin1StringView("tags"), tags);
    }
    return toJson(o);
}

QByteArray encode(const StateMsg &m)
{
    return toJson(QJsonObject{{QLatin1StringView("ts"), formatRfc3339(m.ts)},
                              {QLatin1StringView("online"), m.online}});
}

QByteArray encode(const TelemetryMsg &m)
{
    QJsonObject values;
    for (const SignalValue &v : m.values)
        values.insert(v.name, v.value);
    QJsonObject o;
    o.insert(QLatin1StringView("ts"), formatRfc3339(m.ts));
    putInteger(o, QLatin1StringView("seq"), m.seq);
    o.insert(QLatin1StringView("values"), values);
    return toJson(o);
}

QByteArray encode(const HealthMsg &m)
{
    QJsonObject o;
    o.insert(QLatin1StringView("ts"), formatRfc3339(m.ts));
    o.insert(QLatin1StringView("score"), m.score);
    o.insert(QLatin1StringView("state"), healthStateName(m.state));
    if (m.rul) {
        QJsonObject rul{{QLatin1StringView("value"), *m.rul}};
        putString(rul, QLatin1StringView("unit"), m.rulUnit);
        o.insert(QLatin1StringView("rul"), rul);
    }
    o.insert(QLatin1StringView("model"), modelObject(m.model));
    return toJson(o);
}

QByteArray encode(const AlertMsg &m)
{
    return toJson(alertObject(m));
}

QByteArray encode(const ActiveAlertsMsg &m)
{
    QJsonArray alerts;
    for (const AlertMsg &a : m.alerts)
        alerts.append(alertObject(a));
    return toJson(QJsonObject{{QLatin1StringView("ts"), formatRfc3339(m.ts)},
                              {QLatin1StringView("seq"), m.seq},
                              {QLatin1StringView("alerts"), alerts}});
}

QByteArray encode(const ModelStatusMsg &m)
{
    QJsonObject o;
    o.insert(QLatin1StringView("version"), m.version);
    putTimestamp(o, QLatin1StringView("trained_at"), m.trainedAt);
    putInteger(o, QLatin1StringView("labels_used"), m.labelsUsed);
    // drift.status carries `drifting`, which is always known, so drift is always written.
    QJsonObject drift;
    putNumber(drift, QLatin1StringView("score"), m.driftScore);
    putNumber(drift, QLatin1StringView("threshold"), m.driftThreshold);
    drift.insert(QLatin1StringView("status"),
                 m.drifting ? QLatin1StringView("drifting") : QLatin1StringView("ok"));
    o.insert(QLatin1StringView("drift"), drift);
    return toJson(o);
}

QByteArray encode(const AckMsg &m)
{
    QJsonObject o;
    o.insert(QLatin1StringView("alert"), m.alert);
    o.insert(QLatin1StringView("action"), ackActionName(m.action));
    o.insert(QLatin1StringView("by"), m.by);
    putString(o, QLatin1StringView("role"), m.role);
    putString(o, QLatin1StringView("console"), m.console);
    o.insert(QLatin1StringView("ts"), formatRfc3339(m.ts));
    putString(o, QLatin1StringView("note"), m.note);
    o.insert(QLatin1StringView("shelve_minutes"), m.shelveMinutes);
    putTimestamp(o, QLatin1StringView("until"), m.until);
    return toJson(o);
}

QByteArray encode(const LabelMsg &m)
{
    QJsonObject o;
    o.insert(QLatin1StringView("label_id"), m.labelId);
    o.insert(QLatin1StringView("site"), m.site);
    o.insert(QLatin1StringView("asset"), m.asset);
    o.insert(QLatin1StringView("alert"), m.alert ? QJsonValue(*m.alert) : QJsonValue(QJsonValue::Null));
    o.insert(QLatin1StringView("outcome"), outcomeName(m.outcome));
    putString(o, QLatin1StringView("failure_mode"), m.failureMode);
    putString(o, QLatin1StringView("cause"), m.cause);
    putString(o, QLatin1StringView("action"), m.action);
    putNumber(o, QLatin1StringView("downtime_minutes"), m.downtimeMinutes);
    putString(o, QLatin1StringView("technician"), m.technician);
    o.insert(QLatin1StringView("recorded_at"), formatRfc3339(m.recordedAt));
    putTimestamp(o, QLatin1StringView("alert_ts"), m.alertTs);
    putTimestamp(o, QLatin1StringView("failed_at"), m.failedAt);
    if (m.model)
        o.insert(QLatin1StringView("model"), modelObject(*m.model));
    putString(o, QLatin1StringView("console"), m.console);
    return toJson(o);
}

QByteArray encode(const Payload &p)
{
    return std::visit([](const auto &m) { return encode(m); }, p);
}

} // namespace fw::PayloadEncoder
