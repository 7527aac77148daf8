// Builds a review fixture archive: the demo archive plus the fixture
// taxonomy's flags (see ReviewFixture.h). Usage: cw_review_fixture ARCHIVE

#include "ReviewFixture.h"
#include "services/DemoArchive.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc != 2) {
        std::fprintf(stderr, "usage: cw_review_fixture ARCHIVE\n");
        return 2;
    }
    auto db = cw::Database::open(QString::fromLocal8Bit(argv[1]));
    if (!db) {
        std::fprintf(stderr, "cw_review_fixture: %s\n", qPrintable(db.error().toString()));
        return 2;
    }
    auto present = cw::DemoArchive::isPresent(**db);
    if (present.ok() && !*present) {
        auto built = cw::DemoArchive::build(**db);
        if (!built) {
            std::fprintf(stderr, "cw_review_fixture: %s\n", qPrintable(built.error().toString()));
            return 2;
        }
    }
    const int flags = cw::test::seedReviewFixture(**db);
    if (flags < 0) {
        std::fprintf(stderr, "cw_review_fixture: seeding flags failed\n");
        return 2;
    }
    std::printf("%d flags\n", flags);
    return 0;
}
