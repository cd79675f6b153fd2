#include "app/commandline.h"

#include "app/passwordfile.h"
#include "core/common/uilanguage.h"
#include "core/fleet/topicparser.h"

#include <QCommandLineParser>
#include <QDir>
#include <QStandardPaths>

#include <cstdio>

namespace fw {
namespace {

void printTo(FILE *stream, const QString &text)
{
    std::fputs(qPrintable(text), stream);
    std::fflush(stream);
}

} // namespace

std::optional<CommandLine> CommandLine::parse(const QStringList &arguments, int *exitCode)
{
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral(
        "Fleetwatch: the operator console of a predictive-maintenance fleet (fleet MQTT interface v1)."));
    p.addHelpOption();
    p.addVersionOption();
    // Only for --help: main() hands "report", "audit" and "users" to their commands before this parser runs.
    p.addPositionalArgument(QStringLiteral("report"),
                            QStringLiteral("Sub-command: fleetwatch report writes the plant manager's report (CSV or PDF) "
                                           "without a screen; see fleetwatch report --help."),
                            QStringLiteral("[report ...]"));
    p.addPositionalArgument(QStringLiteral("audit"),
                            QStringLiteral("Sub-command: fleetwatch audit verify checks the journal of who did what, "
                                           "fleetwatch audit export writes it as CSV; see fleetwatch audit --help."),
                            QStringLiteral("[audit ...]"));
    p.addPositionalArgument(QStringLiteral("users"),
                            QStringLiteral("Sub-command: fleetwatch users add|list|passwd|role|disable|enable manages the "
                                           "local accounts (administrators); see fleetwatch users --help."),
                            QStringLiteral("[users ...]"));
    const QCommandLineOption broker(QStringLiteral("broker"), QStringLiteral("Broker URL, mqtt://host:port or mqtts://host:port."), QStringLiteral("URL"));
    const QCommandLineOption site(QStringLiteral("site"), QStringLiteral("Show one site only (default: every site)."), QStringLiteral("SITE"));
    const QCommandLineOption root(QStringLiteral("root"), QStringLiteral("Topic root (default fleet/v1)."), QStringLiteral("ROOT"));
    const QCommandLineOption config(QStringLiteral("config"), QStringLiteral("Settings file (INI). Default: the per-user one."), QStringLiteral("FILE"));
    const QCommandLineOption db(QStringLiteral("db"), QStringLiteral("Local store (SQLite file). Default: in the user's data directory."), QStringLiteral("FILE"));
    const QCommandLineOption clientId(QStringLiteral("client-id"), QStringLiteral("MQTT client id (the persistent session's name)."), QStringLiteral("ID"));
    const QCommandLineOption mqttVersion(QStringLiteral("mqtt-version"), QStringLiteral("4 (MQTT 3.1.1) or 5 (default)."), QStringLiteral("N"));
    const QCommandLineOption username(
        QStringLiteral("username"),
        QStringLiteral("Broker user name. The password is never given on the command line (nor in the --broker URL): "
                       "it comes from --password-file, else FLEETWATCH_MQTT_PASSWORD, else the desktop's keyring "
                       "(stored there from Connection > Settings)."),
        QStringLiteral("NAME"));
    const QCommandLineOption passwordFile(
        QStringLiteral("password-file"),
        QStringLiteral("Read the broker password from the first line of FILE, which must be readable by its owner "
                       "only (chmod 600); for a console without a keyring."),
        QStringLiteral("FILE"));
    const QCommandLineOption caFile(QStringLiteral("ca-file"), QStringLiteral("CA certificate for TLS."), QStringLiteral("FILE"));
    const QCommandLineOption certFile(QStringLiteral("cert-file"), QStringLiteral("Client certificate for TLS."), QStringLiteral("FILE"));
    const QCommandLineOption keyFile(QStringLiteral("key-file"), QStringLiteral("Client key for TLS."), QStringLiteral("FILE"));
    const QCommandLineOption insecure(QStringLiteral("tls-insecure"), QStringLiteral("Do not verify the broker's certificate (unsafe; logged)."));
    const QCommandLineOption exitAfter(QStringLiteral("exit-after"), QStringLiteral("Quit after SECONDS."), QStringLiteral("SECONDS"));
    const QCommandLineOption statsJson(QStringLiteral("stats-json"), QStringLiteral("At exit, write ingest statistics as JSON to FILE."), QStringLiteral("FILE"));
    const QCommandLineOption screenshot(QStringLiteral("screenshot"), QStringLiteral("Before exit, save the main window as an image to FILE (PNG)."), QStringLiteral("FILE"));
    const QCommandLineOption select(QStringLiteral("select"), QStringLiteral("Select this asset at start (site/asset or asset id)."), QStringLiteral("ASSET"));
    const QCommandLineOption logFile(QStringLiteral("log-file"), QStringLiteral("Log file (rotating). Default: in the user's data directory."), QStringLiteral("FILE"));
    const QCommandLineOption logLevel(QStringLiteral("log-level"), QStringLiteral("trace, debug, info (default), warn, error."), QStringLiteral("LEVEL"));
    const QCommandLineOption lang(QStringLiteral("lang"),
                                  QStringLiteral("Language of the interface: %1 (default: the settings file's, else the system's).")
                                      .arg(UiLanguage::supported().join(QStringLiteral(", "))),
                                  QStringLiteral("LANGUAGE"));
    p.addOptions({broker, site, root, config, db, clientId, mqttVersion, username, passwordFile, caFile, certFile, keyFile, insecure,
                  exitAfter, statsJson, screenshot, select, logFile, logLevel, lang});

    auto fail = [exitCode](const QString &message) -> std::optional<CommandLine> {
        printTo(stderr, QStringLiteral("fleetwatch: %1\nTry 'fleetwatch --help'.\n").arg(message));
        *exitCode = 2;
        return std::nullopt;
    };

    if (!p.parse(arguments))
        return fail(p.errorText());
    if (p.isSet(QStringLiteral("help"))) {
        // Without a QCoreApplication (there is none yet) Qt writes "<executable_name>" in the usage line.
        printTo(stdout, p.helpText().replace(QStringLiteral("<executable_name>"), QStringLiteral("fleetwatch")));
        *exitCode = 0;
        return std::nullopt;
    }
    if (p.isSet(QStringLiteral("version"))) {
        printTo(stdout, QStringLiteral("fleetwatch %1\n").arg(QStringLiteral(FLEETWATCH_VERSION)));
        *exitCode = 0;
        return std::nullopt;
    }
    if (!p.positionalArguments().isEmpty())
        return fail(QStringLiteral("unexpected argument \"%1\"").arg(p.positionalArguments().constFirst()));

    CommandLine c;
    c.configPath = p.isSet(config) ? p.value(config) : ConsoleSettings::defaultPath();
    QString error;
    c.settings = ConsoleSettings::load(c.configPath, &error);
    if (!error.isEmpty())
        return fail(error);
    MqttOptions &m = c.settings.mqtt;
    if (p.isSet(broker) && !m.setBrokerUrl(p.value(broker), &error))
        return fail(error);
    if (p.isSet(site)) {
        if (!TopicParser::isValidId(p.value(site)))
            return fail(QStringLiteral("--site: \"%1\" is not a site id (1 to 64 of A-Z a-z 0-9 . _ -)").arg(p.value(site)));
        c.settings.site = p.value(site);
    }
    if (p.isSet(root))
        c.settings.root = p.value(root);
    if (p.isSet(clientId))
        m.clientId = p.value(clientId);
    if (p.isSet(mqttVersion)) {
        const QString v = p.value(mqttVersion);
        if (v != QStringLiteral("4") && v != QStringLiteral("5"))
            return fail(QStringLiteral("--mqtt-version must be 4 or 5"));
        m.protocolVersion = v.toInt();
    }
    if (p.isSet(username))
        m.username = p.value(username);
    if (p.isSet(passwordFile)) {
        const std::optional<QString> password = PasswordFile::read(p.value(passwordFile), &error);
        if (!password)
            return fail(error);
        m.password = *password;
        c.passwordGiven = true;
    } else if (qEnvironmentVariableIsSet("FLEETWATCH_MQTT_PASSWORD")) {
        m.password = qEnvironmentVariable("FLEETWATCH_MQTT_PASSWORD");
        c.passwordGiven = true;
    }
    if (p.isSet(caFile)) {
        m.caFile = p.value(caFile);
        m.tls = true;
    }
    if (p.isSet(certFile))
        m.certFile = p.value(certFile);
    if (p.isSet(keyFile))
        m.keyFile = p.value(keyFile);
    if (p.isSet(insecure))
        m.tlsInsecure = true;
    if (p.isSet(exitAfter)) {
        bool ok = false;
        c.exitAfterSeconds = p.value(exitAfter).toInt(&ok);
        if (!ok || c.exitAfterSeconds <= 0)
            return fail(QStringLiteral("--exit-after needs a whole number of seconds > 0"));
    }
    const QString dataDir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    c.dbPath = p.isSet(db) ? p.value(db) : QDir(dataDir).filePath(QStringLiteral("fleetwatch.sqlite"));
    c.logFile = p.isSet(logFile) ? p.value(logFile) : QDir(dataDir).filePath(QStringLiteral("fleetwatch.log"));
    c.statsJsonPath = p.value(statsJson);
    c.screenshotPath = p.value(screenshot);
    c.selectAsset = p.value(select);
    if (p.isSet(logLevel))
        c.logLevel = p.value(logLevel);
    if (p.isSet(lang)) {
        c.language = UiLanguage::normalise(p.value(lang));
        if (c.language.isEmpty())
            return fail(QStringLiteral("--lang: \"%1\" is not a language of Fleetwatch (%2)")
                            .arg(p.value(lang), UiLanguage::supported().join(QStringLiteral(", "))));
    }
    *exitCode = 0;
    return c;
}

} // namespace fw
