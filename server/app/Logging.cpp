#include "app/Logging.h"

#include "net/LogContext.h"

#include <spdlog/pattern_formatter.h>
#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>

namespace laoke::app {
namespace {

// Prints "c17 r42", "c17" or "-" from the calling thread's LogContext.
class ContextFlag : public spdlog::custom_flag_formatter {
public:
    void format(const spdlog::details::log_msg&, const std::tm&, spdlog::memory_buf_t& dest) override
    {
        const auto& context = net::LogContext::current();
        std::string text = context.connectionId.empty() ? "-" : context.connectionId;
        if (context.requestId != 0) {
            text += " r" + std::to_string(context.requestId);
        }
        dest.append(text.data(), text.data() + text.size());
    }

    std::unique_ptr<custom_flag_formatter> clone() const override { return std::make_unique<ContextFlag>(); }
};

}  // namespace

void setupLogging(const std::string& level)
{
    auto logger = spdlog::stderr_color_mt("laoke");
    auto formatter = std::make_unique<spdlog::pattern_formatter>();
    formatter->add_flag<ContextFlag>('*').set_pattern("%Y-%m-%d %H:%M:%S.%e %^%-5l%$ [%*] %v");
    logger->set_formatter(std::move(formatter));
    logger->set_level(spdlog::level::from_str(level));
    logger->flush_on(spdlog::level::info);
    spdlog::set_default_logger(logger);
}

}  // namespace laoke::app
