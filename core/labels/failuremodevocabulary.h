#pragma once
// FailureModeVocabulary: the failure modes a technician picks from, per asset type, in the spirit of
// ISO 14224 (Table B.6: a short code and a name each, e.g. VIB "Vibration", OTH "Other").
// A plain value on QtCore only: build it once (load()), then copy it where it is needed.
//
// Sources, in order:
//   1. the built-in list, compiled in as the Qt resource ":/fleetwatch/failure-modes.json"
//      (resources/failure-modes.json in the source tree);
//   2. an optional user file of the same format at userFilePath()
//      (QStandardPaths::AppConfigLocation + "/failure-modes.json"), edited by the site to rename,
//      add or hide modes without a new build.
//
// File format (UTF-8 JSON object):
//   {
//     "version": 1,
//     "asset_types": {
//       "default":  [ {"code": "BRD", "name": "Breakdown"}, ..., {"code": "OTH", "name": "Other"} ],
//       "turbofan": [ {"code": "VIB", "name": "Vibration (fan or core)"} ],
//       "pump":     [ {"code": "SEL", "name": "Seal failure"}, {"code": "NOI", "hidden": true} ]
//     }
//   }
// - "version" is optional and, when present, must be 1. Other top-level fields are ignored.
// - Asset type keys match the asset meta's `type` case-insensitively, surrounding blanks ignored.
//   A type without a list of its own (or an empty type) gets the "default" list.
// - `code`: 2 to 8 characters from A-Z and 0-9, unique within a type. `name`: 1 to 120 characters,
//   unique within a type; it is what the technician sees and what the label carries.
// - A file is merged into what is already loaded, type by type and code by code: a known code takes
//   the new name, a new code is added (before "OTH", so that Other stays last), and an entry with
//   `"hidden": true` (no name needed) removes its code. A type new to the vocabulary gets exactly the
//   modes the file lists; a type whose modes are all hidden falls back to "default".
// - The code "OTH" (Other) means "describe it in words": the feedback form then asks for free text.
//
// Errors: a file that cannot be read, is not valid JSON, or breaks a rule above is refused whole
// (nothing of it is applied) and the error names the file and the line and column or the entry.

#include <QCoreApplication>
#include <QMap>
#include <QString>
#include <QStringList>

#include <vector>

namespace fw {

struct FailureMode
{
    QString code;   // "VIB"
    QString name;   // "Vibration" (untranslated: as stored in the label)
    bool operator==(const FailureMode &) const = default;
};

class FailureModeVocabulary
{
    Q_DECLARE_TR_FUNCTIONS(FailureModeVocabulary)
public:
    FailureModeVocabulary() = default;   // empty: modesFor() returns nothing

    // The built-in list, then the user file when it exists. Never fails: on any problem `error`
    // (when given) says what, and the vocabulary holds what could be loaded (the built-in list at
    // least; a one-entry "Other" list if even the resource is missing).
    static FailureModeVocabulary load(QString *error);
    // The built-in list only.
    static FailureModeVocabulary builtIn(QString *error = nullptr);

    // Merges one file (format above). On failure returns false, sets `error` and changes nothing.
    bool loadFile(const QString &path, QString *error);
    // The same for bytes already read; `origin` names them in errors (a path, "built-in list").
    bool loadJson(const QByteArray &json, const QString &origin, QString *error);

    // Names of the modes for an asset type, in order; the "default" list for an unknown type.
    QStringList modesFor(const QString &assetType) const;
    std::vector<FailureMode> entriesFor(const QString &assetType) const;
    // The code of a mode's name within the type's list (exact match); empty when it is not listed
    // (free text typed for "Other").
    QString codeOf(const QString &assetType, const QString &modeName) const;
    bool isOther(const QString &assetType, const QString &modeName) const;
    // Types with a list of their own, lowercase, "default" among them once loaded.
    QStringList assetTypes() const;
    bool isEmpty() const { return m_types.isEmpty(); }

    static QString userFilePath();
    static QString builtInPath();                 // ":/fleetwatch/failure-modes.json"
    static QString defaultType();                 // "default"
    static QString otherCode();                   // "OTH"
    // A stored name as the technician reads it: its translation (context "FailureModeVocabulary")
    // when the translation files carry one, the name itself otherwise.
    static QString displayName(const QString &modeName);

private:
    const std::vector<FailureMode> *listFor(const QString &assetType) const;

    QMap<QString, std::vector<FailureMode>> m_types;   // key: lowercase asset type
};

} // namespace fw
