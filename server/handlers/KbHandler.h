#pragma once
// The knowledge base (知识库): articles read by everyone, written by engineers, branch
// managers and admins (the Dispatcher's access rule; row-level security holds it too); the
// search; and what ties articles to tickets: suggestions for a ticket being written, the use
// of an article on a ticket, and a ticket's linked articles (KbTicketHandler.cpp).

#include "handlers/RequestContext.h"
#include "laoke.pb.h"

namespace laoke::handlers {

protocol::Envelope handleSearchKbArticles(RequestContext& context, const protocol::SearchKbArticlesRequest& request);
protocol::Envelope handleGetKbArticle(RequestContext& context, const protocol::GetKbArticleRequest& request);
protocol::Envelope handleSaveKbArticle(RequestContext& context, const protocol::SaveKbArticleRequest& request);
protocol::Envelope handleArchiveKbArticle(RequestContext& context, const protocol::ArchiveRequest& request);

protocol::Envelope handleSuggestKbArticles(RequestContext& context, const protocol::SuggestKbArticlesRequest& request);
protocol::Envelope handleRecordKbUse(RequestContext& context, const protocol::RecordKbUseRequest& request);
protocol::Envelope handleListTicketKbArticles(RequestContext& context, const protocol::ListTicketKbArticlesRequest& request);

}  // namespace laoke::handlers
