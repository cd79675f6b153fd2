# fleetwatch_layer_includes(TARGET LAYER): TARGET and everything linking it include "LAYER/..." through
# an include root that holds only that layer (a symbolic link in the build tree), never the project
# root. A layer therefore sees itself and the layers it links (app → widgets → (models, reports) →
# core); an include against that direction names a header no include root holds, and fails to
# compile.
function(fleetwatch_layer_includes target layer)
    set(root ${PROJECT_BINARY_DIR}/include-roots/${layer})
    get_filename_component(name ${layer} NAME)
    file(MAKE_DIRECTORY ${root})
    file(CREATE_LINK ${PROJECT_SOURCE_DIR}/${layer} ${root}/${name} SYMBOLIC)
    target_include_directories(${target} PUBLIC ${root})
endfunction()
