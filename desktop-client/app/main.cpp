// laoke-desktop: the Qt desktop client of Laoke.
//   laoke-desktop [--server HOST:PORT] [--user NAME] [--lang zh_CN|en]

#include "Connection.h"
#include "DesktopController.h"
#include "DialogPrompter.h"
#include "LanguageManager.h"
#include "SessionModel.h"
#include "Theme.h"

#include <QApplication>
#include <QCommandLineParser>

#include <cstdio>

int main(int argc, char* argv[]) {
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Laoke"));
    QApplication::setApplicationName(QStringLiteral("laoke"));
    QApplication::setApplicationVersion(QStringLiteral(LAOKE_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Laoke desktop client"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption serverOption(QStringLiteral("server"), QStringLiteral("Server address to log in to."),
                                          QStringLiteral("host:port"));
    const QCommandLineOption userOption(QStringLiteral("user"), QStringLiteral("User name to log in with."),
                                        QStringLiteral("name"));
    const QCommandLineOption langOption(QStringLiteral("lang"),
                                        QStringLiteral("Language for this run: zh_CN or en (overrides the setting)."),
                                        QStringLiteral("language"));
    parser.addOptions({serverOption, userOption, langOption});
    parser.process(app);

    laoke::ui::LanguageManager language;
    QString choice = language.savedChoice();
    if (parser.isSet(langOption)) {
        choice = parser.value(langOption);
        if (choice != laoke::ui::LanguageManager::kChinese && choice != laoke::ui::LanguageManager::kEnglish) {
            std::fprintf(stderr, "laoke-desktop: --lang must be zh_CN or en\n");
            return 2;
        }
    }
    language.apply(choice);
    laoke::ui::Theme::apply(app);

    laoke::client::Connection connection;
    laoke::client::SessionModel session(connection);
    laoke::ui::DialogPrompter prompter;
    laoke::ui::DesktopController controller(session, prompter, language);
    controller.setInitialLogin(parser.value(serverOption), parser.value(userOption));
    controller.start();
    return QApplication::exec();
}
