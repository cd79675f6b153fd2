# Every dependency comes from a Debian 12 package. A missing one stops configure with the name of
# the package that provides it.
function(fleetwatch_require_package found_var debian_package what)
    if(NOT ${found_var})
        message(FATAL_ERROR "${what} not found. On Debian 12 install it with:\n"
                            "    sudo apt-get install ${debian_package}")
    endif()
endfunction()

find_package(Qt6 6.4 QUIET COMPONENTS Core Network)
fleetwatch_require_package(Qt6_FOUND qt6-base-dev "Qt 6 (Core)")
if(FLEETWATCH_BUILD_GUI)
    find_package(Qt6 6.4 QUIET COMPONENTS Gui Widgets Test)
    fleetwatch_require_package(Qt6Widgets_FOUND qt6-base-dev "Qt 6 Widgets")
    find_package(Qt6 6.4 QUIET COMPONENTS Charts)
    fleetwatch_require_package(Qt6Charts_FOUND qt6-charts-dev "Qt 6 Charts")
    # PrintSupport: QPrinter / QPrintDialog for the report's Print… (the PDF's painter on the printer).
    find_package(Qt6 6.4 QUIET COMPONENTS PrintSupport)
    fleetwatch_require_package(Qt6PrintSupport_FOUND qt6-base-dev "Qt 6 Print Support")
    # Multimedia: QSoundEffect for the alert chime (a beep is all QtWidgets offers).
    find_package(Qt6 6.4 QUIET COMPONENTS Multimedia)
    fleetwatch_require_package(Qt6Multimedia_FOUND qt6-multimedia-dev "Qt 6 Multimedia")
    # Translations (German, Simplified Chinese): lrelease compiles translations/*.ts at build time.
    # The programs come from qt6-l10n-tools, their CMake functions from qt6-tools-dev; the programs
    # are checked first, since Qt's CMake files stop with a less helpful message without them.
    set(FW_QT_BINS "${QT6_INSTALL_PREFIX}/${QT6_INSTALL_BINS}")
    set(FW_HAVE_LRELEASE FALSE)
    if(EXISTS "${FW_QT_BINS}/lrelease" AND EXISTS "${FW_QT_BINS}/lupdate")
        set(FW_HAVE_LRELEASE TRUE)
    endif()
    fleetwatch_require_package(FW_HAVE_LRELEASE qt6-l10n-tools "Qt 6 lrelease and lupdate (${FW_QT_BINS})")
    find_package(Qt6 6.4 QUIET COMPONENTS LinguistTools)
    fleetwatch_require_package(Qt6LinguistTools_FOUND qt6-tools-dev "Qt 6 Linguist tools for CMake")
    # Qt's own strings (standard buttons, file and print dialogs) in the console's language.
    set(FW_HAVE_QT_TRANSLATIONS FALSE)
    if(EXISTS "${QT6_INSTALL_PREFIX}/${QT6_INSTALL_TRANSLATIONS}/qtbase_de.qm"
       AND EXISTS "${QT6_INSTALL_PREFIX}/${QT6_INSTALL_TRANSLATIONS}/qtbase_zh_CN.qm")
        set(FW_HAVE_QT_TRANSLATIONS TRUE)
    endif()
    fleetwatch_require_package(FW_HAVE_QT_TRANSLATIONS qt6-translations-l10n "Qt 6's translations (qtbase_de.qm, qtbase_zh_CN.qm)")
    # qtkeychain: the MQTT password in the desktop's keyring (app/passwordkeyring.h).
    find_package(Qt6Keychain QUIET)
    find_package(Qt6 6.4 QUIET COMPONENTS DBus)
    fleetwatch_require_package(Qt6DBus_FOUND qt6-base-dev "Qt 6 D-Bus")
    fleetwatch_require_package(Qt6Keychain_FOUND qtkeychain-qt6-dev "qtkeychain for Qt 6")
    # Han characters on screen and in the PDF report: Noto Sans CJK SC (DejaVu has no CJK glyphs).
    find_file(FW_NOTO_CJK NotoSansCJK-Regular.ttc PATHS /usr/share/fonts/opentype/noto NO_DEFAULT_PATH)
    fleetwatch_require_package(FW_NOTO_CJK fonts-noto-cjk "The Noto Sans CJK font (for the Chinese interface and reports)")
else()
    find_package(Qt6 6.4 QUIET COMPONENTS Test)
endif()
fleetwatch_require_package(Qt6Test_FOUND qt6-base-dev "Qt 6 Test")

find_package(PkgConfig QUIET)
fleetwatch_require_package(PKG_CONFIG_FOUND pkgconf "pkg-config")
pkg_check_modules(MOSQUITTO QUIET IMPORTED_TARGET libmosquitto)
fleetwatch_require_package(MOSQUITTO_FOUND libmosquitto-dev "libmosquitto")
# OpenSSL: the MQTT session builds its own TLS context (core/mqtt/tlscontext.h) so that a TLS setup
# failure stops the connection and a refused handshake says why (libmosquitto reports only MOSQ_ERR_TLS).
find_package(OpenSSL 3 QUIET)
fleetwatch_require_package(OPENSSL_FOUND libssl-dev "OpenSSL (libssl)")
pkg_check_modules(SQLITE3 QUIET IMPORTED_TARGET sqlite3)
fleetwatch_require_package(SQLITE3_FOUND libsqlite3-dev "SQLite 3")
# Argon2id for the local accounts' passwords (the reference implementation, as PHP and libsodium use):
# memory-hard, OWASP's recommended password hash; not something to write by hand.
pkg_check_modules(ARGON2 QUIET IMPORTED_TARGET libargon2)
fleetwatch_require_package(ARGON2_FOUND libargon2-dev "libargon2 (Argon2id password hashing)")

find_package(spdlog QUIET CONFIG)
fleetwatch_require_package(spdlog_FOUND libspdlog-dev "spdlog")
# simdjson: the decoder runs on every message; it parses and validates UTF-8 about 15 times faster
# than QJsonDocument (see docs/performance.md).
find_package(simdjson QUIET CONFIG)
fleetwatch_require_package(simdjson_FOUND libsimdjson-dev "simdjson")

find_program(MOSQUITTO_BROKER mosquitto PATHS /usr/sbin /usr/local/sbin)
if(NOT MOSQUITTO_BROKER)
    message(WARNING "The mosquitto broker was not found; integration tests and benchmarks need it:\n"
                    "    sudo apt-get install mosquitto")
endif()
