# What `cmake --install` puts where, and the Debian package CPack makes of it (scripts/package.sh;
# packaging/README.md). Everything installs under the prefix (/usr for the package):
#   bin/fleetwatch, bin/fleet-sim
#   share/applications/org.fleetwatch.Fleetwatch.desktop, share/metainfo/...metainfo.xml
#   share/icons/hicolor/scalable/apps/org.fleetwatch.Fleetwatch.svg and NxN PNGs rendered from it
#   share/man/man1/fleetwatch.1.gz, fleet-sim.1.gz
#   share/fleetwatch/cmapss/ (the demo's data), share/fleetwatch/fleetwatch-demo.conf,
#   fleetwatch-site.conf and fleetwatch-site.acl (Mosquitto: the demo; a site with accounts and ACL)
#   share/doc/fleetwatch/copyright, changelog.Debian.gz
# The target fleetwatch-package-contents builds all of it and nothing else (no tests, no benchmarks).
include(GNUInstallDirs)

set(FLEETWATCH_APP_ID org.fleetwatch.Fleetwatch)
set(FLEETWATCH_PACKAGING_DIR ${PROJECT_SOURCE_DIR}/packaging)
set(FLEETWATCH_PACKAGING_BINARY_DIR ${PROJECT_BINARY_DIR}/packaging)
# Not CMAKE_INSTALL_DOCDIR: that is share/doc/${PROJECT_NAME}, and Debian wants the package's name.
set(FLEETWATCH_DOCDIR ${CMAKE_INSTALL_DATADIR}/doc/fleetwatch)
# The Debian revision of the package (the part after the upstream version: 0.1.0-1). Raise it when
# the package changes but the program does not; keep packaging/deb/changelog in step.
set(FLEETWATCH_DEBIAN_REVISION 1)

add_custom_target(fleetwatch-package-contents)
add_dependencies(fleetwatch-package-contents fleet-sim)
install(TARGETS fleet-sim RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})

if(TARGET fleetwatch)   # app/CMakeLists.txt installs the executable itself
    add_dependencies(fleetwatch-package-contents fleetwatch)
    install(FILES ${FLEETWATCH_PACKAGING_DIR}/linux/${FLEETWATCH_APP_ID}.desktop
            DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
    install(FILES ${FLEETWATCH_PACKAGING_DIR}/linux/${FLEETWATCH_APP_ID}.metainfo.xml
            DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
    install(FILES ${FLEETWATCH_PACKAGING_DIR}/linux/${FLEETWATCH_APP_ID}.svg
            DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)

    # PNG icons for menus and docks that do not draw SVG, rendered from the one SVG at build time.
    find_program(FLEETWATCH_RSVG_CONVERT rsvg-convert)
    if(FLEETWATCH_RSVG_CONVERT)
        set(pngs)
        foreach(size 16 22 24 32 48 64 128 256)
            set(png ${FLEETWATCH_PACKAGING_BINARY_DIR}/icons/${size}x${size}/${FLEETWATCH_APP_ID}.png)
            add_custom_command(OUTPUT ${png}
                COMMAND ${CMAKE_COMMAND} -E make_directory ${FLEETWATCH_PACKAGING_BINARY_DIR}/icons/${size}x${size}
                COMMAND ${FLEETWATCH_RSVG_CONVERT} --width ${size} --height ${size} --output ${png}
                        ${FLEETWATCH_PACKAGING_DIR}/linux/${FLEETWATCH_APP_ID}.svg
                DEPENDS ${FLEETWATCH_PACKAGING_DIR}/linux/${FLEETWATCH_APP_ID}.svg
                COMMENT "Rendering the ${size}x${size} icon" VERBATIM)
            install(FILES ${png} DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps)
            list(APPEND pngs ${png})
        endforeach()
        add_custom_target(fleetwatch-icons ALL DEPENDS ${pngs})
        add_dependencies(fleetwatch-package-contents fleetwatch-icons)
    else()
        message(STATUS "rsvg-convert (librsvg2-bin) not found: only the SVG icon is installed")
    endif()
endif()

# Man pages and the Debian changelog, compressed as Debian wants them: gzip -9, no name or time stamp
# in the header (-n), so that the same source gives the same package.
find_program(FLEETWATCH_GZIP gzip REQUIRED)
set(gzipped)
foreach(entry "man/fleetwatch.1;${CMAKE_INSTALL_MANDIR}/man1;fleetwatch.1.gz"
              "man/fleet-sim.1;${CMAKE_INSTALL_MANDIR}/man1;fleet-sim.1.gz"
              "deb/changelog;${FLEETWATCH_DOCDIR};changelog.Debian.gz")
    list(GET entry 0 source)
    list(GET entry 1 destination)
    list(GET entry 2 name)
    set(output ${FLEETWATCH_PACKAGING_BINARY_DIR}/gz/${name})
    add_custom_command(OUTPUT ${output}
        COMMAND ${CMAKE_COMMAND} -E make_directory ${FLEETWATCH_PACKAGING_BINARY_DIR}/gz
        COMMAND ${FLEETWATCH_GZIP} -9 -n -c ${FLEETWATCH_PACKAGING_DIR}/${source} > ${output}
        DEPENDS ${FLEETWATCH_PACKAGING_DIR}/${source}
        COMMENT "Compressing ${name}")
    install(FILES ${output} DESTINATION ${destination})
    list(APPEND gzipped ${output})
endforeach()
add_custom_target(fleetwatch-gzipped-docs ALL DEPENDS ${gzipped})
add_dependencies(fleetwatch-package-contents fleetwatch-gzipped-docs)

install(FILES ${FLEETWATCH_PACKAGING_DIR}/deb/copyright DESTINATION ${FLEETWATCH_DOCDIR})
install(DIRECTORY ${PROJECT_SOURCE_DIR}/data/cmapss DESTINATION ${CMAKE_INSTALL_DATADIR}/fleetwatch
        FILE_PERMISSIONS OWNER_READ OWNER_WRITE GROUP_READ WORLD_READ)
install(FILES ${FLEETWATCH_PACKAGING_DIR}/mosquitto/fleetwatch-demo.conf
              ${FLEETWATCH_PACKAGING_DIR}/mosquitto/fleetwatch-site.conf
              ${FLEETWATCH_PACKAGING_DIR}/mosquitto/fleetwatch-site.acl
        DESTINATION ${CMAKE_INSTALL_DATADIR}/fleetwatch)

# ---- CPack: one Debian package, fleetwatch_<version>-<revision>_<arch>.deb -------------------------
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME fleetwatch)
set(CPACK_PACKAGE_VENDOR Fleetwatch)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_CONTACT "Fleetwatch maintainers <packaging@fleetwatch.example.org>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "operator console for predictive-maintenance fleets")
# CPack indents these lines for the control file and turns the empty line into " .". Under 80
# characters a line (lintian: extended-description-line-too-long).
set(CPACK_PACKAGE_DESCRIPTION [=[
Fleetwatch is the control room's desktop console for a fleet of monitored
machines. It subscribes to the fleet over MQTT (fleet interface v1), shows
live asset health worst first, works the alert queue (acknowledge, shelve,
shared between consoles), explains why a model raised an alert, records what
the technician found and sends it back to the fleet as a labelled outcome.
Everything is kept in a local SQLite store.

`fleetwatch report` writes the plant manager's report (time to acknowledge,
alarm-system health, model quality) as CSV or PDF without a display, for a
scheduled job. fleet-sim replays NASA C-MAPSS turbofan engines as a demo
fleet; the data and a Mosquitto configuration are in /usr/share/fleetwatch.]=])
set(CPACK_DEBIAN_PACKAGE_RELEASE ${FLEETWATCH_DEBIAN_REVISION})
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION misc)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "https://fleetwatch.example.org/")
set(CPACK_DEBIAN_COMPRESSION_TYPE xz)
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_INSTALL_DEFAULT_DIRECTORY_PERMISSIONS
    OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ GROUP_EXECUTE WORLD_READ WORLD_EXECUTE)
# Libraries the executables link come from dpkg-shlibdeps; CPack adds them to Depends.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# What dpkg-shlibdeps cannot see, in this one place:
# - fonts-noto-cjk: the console is for Chinese-speaking plants too (Simplified Chinese interface,
#   asset names and technicians' notes); Qt finds glyphs through fontconfig at run time, so no
#   library link shows that a CJK font is needed, and without one Chinese text is drawn as boxes.
# - fonts-dejavu-core: the PDF report is laid out in DejaVu Sans (reports/pageddocument.cpp), and
#   a minimal installation may have no font at all (a PDF, or a window, without text).
# - qt6-translations-l10n: Qt's own strings (standard buttons, file and print dialogs) in German and
#   Chinese, loaded at run time from Qt's translations folder (core/common/uilanguage.cpp).
# - mosquitto (Recommends): the broker the demo configuration is for; a plant usually has its own.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "fonts-noto-cjk, fonts-dejavu-core, qt6-translations-l10n")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "mosquitto")
include(CPack)
