# Fails when the core library's link interface contains a GUI module (run by CTest).
foreach(lib IN LISTS LINKS)
    if(lib MATCHES "Qt6?::(Gui|Widgets|Charts|PrintSupport|OpenGL|Quick|Qml)")
        message(FATAL_ERROR "projectdesk_core links ${lib}; core may link Qt6::Core and Qt6::Sql only")
    endif()
endforeach()
message(STATUS "projectdesk_core links: ${LINKS}")
