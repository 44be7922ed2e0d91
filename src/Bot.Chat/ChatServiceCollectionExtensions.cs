using Bot.Chat.Conversations;
using Bot.Chat.Limits;
using Bot.Chat.Metrics;
using Bot.Chat.Questions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Bot.Chat;

public static class ChatServiceCollectionExtensions
{
    // Registers the conversation layer. Needs AddKnowledge.
    public static IServiceCollection AddChat(this IServiceCollection services)
    {
        services.AddOptions<RateLimitOptions>().BindConfiguration(RateLimitOptions.Section).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<RateLimitOptions>, RateLimitOptionsValidator>());
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<RateLimiter>();
        services.TryAddSingleton<BotMetrics>();
        services.AddOptions<LogOptions>().BindConfiguration(LogOptions.Section).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<LogOptions>, LogOptionsValidator>());
        services.AddSingleton<QuestionLog>();
        services.AddHostedService(sp => sp.GetRequiredService<QuestionLog>());
        services.AddOptions<ConversationOptions>().BindConfiguration(ConversationOptions.Section).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<ConversationOptions>, ConversationOptionsValidator>());
        services.AddSingleton<ConversationMemory>();
        services.AddSingleton<ChatService>();
        services.AddSingleton<AnswerPipeline>();
        services.AddHostedService<AnswerPipelineService>();
        return services;
    }
}
