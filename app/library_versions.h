// The versions of AttnScope and the libraries it runs on, for the About box and --version.
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace attnscope::app {

struct LibraryVersion {
    QString name;   // "Qt", "VTK", "LibTorch", ...
    QString value;  // "6.4.2", "available (1 device)", "2"
};

class LibraryVersions {
    Q_DECLARE_TR_FUNCTIONS(LibraryVersions)
public:
    // AttnScope first, then Qt, VTK, LibTorch, Boost, ICU, CUDA and the thread counts.
    static QList<LibraryVersion> collect();
    // One line per entry, "name: value", as --version prints it.
    static QString asText();
};

}  // namespace attnscope::app
