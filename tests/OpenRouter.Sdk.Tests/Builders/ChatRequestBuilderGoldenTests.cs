using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using FluentAssertions;
using OpenRouter.Sdk.Serialization;
using Xunit;
using static OpenRouter.Sdk.Tests.Builders.Wire;

namespace OpenRouter.Sdk.Tests.Builders;

/// <summary>
/// One golden case per builder method: the exact JSON the request is serialized to. Exact text (not equivalence)
/// so a field sent twice, an extra field, or float noise in a number fails.
/// </summary>
public sealed class ChatRequestBuilderGoldenTests
{
    private static readonly JsonElement WeatherSchema =
        JsonDocument.Parse("""{"type":"object","properties":{"city":{"type":"string"}},"required":["city"]}""").RootElement.Clone();

    public static TheoryData<string, Func<ChatRequestBuilder, ChatRequestBuilder>, string> Cases { get; } = new()
    {
        // Nothing set: only the model and the (empty) conversation are sent.
        { "Build", b => b, "{'model':'m','messages':[]}" },

        // ----- Messages -----
        { "AddSystemMessage", b => b.AddSystemMessage("Be brief."), "{'model':'m','messages':[{'role':'system','content':'Be brief.'}]}" },
        { "AddSystemMessage (parts with cache breakpoint)", b => b.AddSystemMessage(new TextPart("Long manual") { CacheControl = new CacheControl("1h") }),
            "{'model':'m','messages':[{'role':'system','content':[{'type':'text','text':'Long manual','cache_control':{'type':'ephemeral','ttl':'1h'}}]}]}" },
        { "AddDeveloperMessage", b => b.AddDeveloperMessage("Answer in French."), "{'model':'m','messages':[{'role':'developer','content':'Answer in French.'}]}" },
        { "AddDeveloperMessage (parts)", b => b.AddDeveloperMessage(new TextPart("A"), new TextPart("B")),
            "{'model':'m','messages':[{'role':'developer','content':[{'type':'text','text':'A'},{'type':'text','text':'B'}]}]}" },
        { "AddUserMessage", b => b.AddUserMessage("Hello!"), "{'model':'m','messages':[{'role':'user','content':'Hello!'}]}" },
        { "AddUserMessage (parts)", b => b.AddUserMessage(new TextPart("What is this?"), new ImagePart("https://example.com/cat.png", ImageDetail.High)),
            "{'model':'m','messages':[{'role':'user','content':[{'type':'text','text':'What is this?'},{'type':'image_url','image_url':{'url':'https://example.com/cat.png','detail':'high'}}]}]}" },
        { "AddUserMessageWithImage (url)", b => b.AddUserMessageWithImage("What is this?", "https://example.com/cat.png"),
            "{'model':'m','messages':[{'role':'user','content':[{'type':'text','text':'What is this?'},{'type':'image_url','image_url':{'url':'https://example.com/cat.png'}}]}]}" },
        { "AddUserMessageWithImage (bytes)", b => b.AddUserMessageWithImage("Describe", new byte[] { 1, 2, 3 }, "image/png", ImageDetail.Low),
            "{'model':'m','messages':[{'role':'user','content':[{'type':'text','text':'Describe'},{'type':'image_url','image_url':{'url':'data:image/png;base64,AQID','detail':'low'}}]}]}" },
        { "AddUserMessageWithFile (url)", b => b.AddUserMessageWithFile("Summarize", "report.pdf", "https://example.com/report.pdf"),
            "{'model':'m','messages':[{'role':'user','content':[{'type':'text','text':'Summarize'},{'type':'file','file':{'filename':'report.pdf','file_data':'https://example.com/report.pdf'}}]}]}" },
        { "AddUserMessageWithFile (bytes)", b => b.AddUserMessageWithFile("Summarize", "report.pdf", new byte[] { 1, 2, 3 }),
            "{'model':'m','messages':[{'role':'user','content':[{'type':'text','text':'Summarize'},{'type':'file','file':{'filename':'report.pdf','file_data':'data:application/pdf;base64,AQID'}}]}]}" },
        { "AddUserMessageWithAudio", b => b.AddUserMessageWithAudio("Transcribe", new byte[] { 1, 2, 3 }, AudioFormat.Wav),
            "{'model':'m','messages':[{'role':'user','content':[{'type':'text','text':'Transcribe'},{'type':'input_audio','input_audio':{'data':'AQID','format':'wav'}}]}]}" },
        { "AddAssistantMessage (prefill)", b => b.AddUserMessage("Name a color.").AddAssistantMessage("The color is"),
            "{'model':'m','messages':[{'role':'user','content':'Name a color.'},{'role':'assistant','content':'The color is'}]}" },
        { "AddAssistantMessage (tool calls, reasoning details)", b => b.AddAssistantMessage(null,
                new[] { new ToolCall { Id = "call_1", Type = "function", Function = new FunctionCall { Name = "get_time", Arguments = "{}" } } },
                new[] { new ReasoningDetail { Type = new ReasoningDetailType("reasoning.encrypted"), Data = "opaque", Id = "rs_1" } }),
            "{'model':'m','messages':[{'role':'assistant','tool_calls':[{'id':'call_1','type':'function','function':{'name':'get_time','arguments':'{}'}}],'reasoning_details':[{'type':'reasoning.encrypted','id':'rs_1','data':'opaque'}]}]}" },
        { "AddAssistantMessage (received message)", b => b.AddAssistantMessage(new ChatCompletionMessage
            {
                Role = MessageRole.Assistant,
                Content = "",
                Reasoning = "Need the time.",
                ToolCalls = new[] { new ToolCall { Index = 0, Id = "call_1", Type = "function", Function = new FunctionCall { Name = "get_time", Arguments = "{}" } } },
                ReasoningDetails = new[] { new ReasoningDetail { Type = new ReasoningDetailType("reasoning.text"), Text = "Need the time.", Signature = "sig" } },
            }),
            "{'model':'m','messages':[{'role':'assistant','tool_calls':[{'index':0,'id':'call_1','type':'function','function':{'name':'get_time','arguments':'{}'}}],'reasoning':'Need the time.','reasoning_details':[{'type':'reasoning.text','text':'Need the time.','signature':'sig'}],'content':''}]}" },
        { "AddToolMessage", b => b.AddToolMessage("call_1", "12:00"), "{'model':'m','messages':[{'role':'tool','tool_call_id':'call_1','content':'12:00'}]}" },
        { "AddMessage", b => b.AddMessage(new UserMessage("hi") { Name = "alice" }), "{'model':'m','messages':[{'role':'user','name':'alice','content':'hi'}]}" },
        { "AddMessages (params)", b => b.AddMessages(new SystemMessage("s"), new UserMessage("u")),
            "{'model':'m','messages':[{'role':'system','content':'s'},{'role':'user','content':'u'}]}" },
        { "AddMessages (sequence)", b => b.AddUserMessage("first").AddMessages(new List<Message> { new AssistantMessage("second"), new UserMessage("third") }),
            "{'model':'m','messages':[{'role':'user','content':'first'},{'role':'assistant','content':'second'},{'role':'user','content':'third'}]}" },
        { "WithPrompt", b => b.WithPrompt("Once upon a time"), "{'model':'m','messages':[],'prompt':'Once upon a time'}" },

        // ----- Model routing -----
        { "WithModel", b => b.WithModel("openai/gpt-4o"), "{'model':'openai/gpt-4o','messages':[]}" },
        { "WithModelVariant", b => b.WithModel("meta-llama/llama-3.1-70b-instruct").WithModelVariant(ModelVariant.Nitro),
            "{'model':'meta-llama/llama-3.1-70b-instruct:nitro','messages':[]}" },
        { "WithModelVariant (replaces)", b => b.WithModel("meta-llama/llama-3.1-8b-instruct:free").WithModelVariant(ModelVariant.Floor),
            "{'model':'meta-llama/llama-3.1-8b-instruct:floor','messages':[]}" },
        { "WithFallbackModels", b => b.WithFallbackModels("anthropic/claude-3.5-haiku", "google/gemini-2.0-flash-001"),
            "{'model':'m','models':['anthropic/claude-3.5-haiku','google/gemini-2.0-flash-001'],'messages':[]}" },
        { "WithRoute", b => b.WithRoute(ModelRoute.Fallback), "{'model':'m','messages':[],'route':'fallback'}" },
        { "WithTransforms", b => b.WithTransforms("middle-out"), "{'model':'m','messages':[],'transforms':['middle-out']}" },
        { "WithTransforms (none disables defaults)", b => b.WithTransforms(), "{'model':'m','messages':[],'transforms':[]}" },
        { "WithMiddleOut", b => b.WithMiddleOut().WithMiddleOut(), "{'model':'m','messages':[],'plugins':[{'id':'context-compression','engine':'middle-out'}]}" },
        { "WithRequestOptions (headers only: the body is unchanged)", b => b.WithRequestOptions(new OpenRouterRequestOptions { SessionId = "s" }), "{'model':'m','messages':[]}" },

        // ----- Provider preferences -----
        { "WithProvider (object)", b => b.WithProvider(new ProviderPreferences { MinThroughput = 10, MaxLatency = 2.5, Order = new List<string> { "groq" } }),
            "{'model':'m','messages':[],'provider':{'order':['groq'],'min_throughput':10,'max_latency':2.5}}" },
        { "WithProvider (accumulates)", b => b.WithProvider(p => p.Order("openai")).WithProvider(p => p.AllowFallbacks(false)),
            "{'model':'m','messages':[],'provider':{'order':['openai'],'allow_fallbacks':false}}" },
        { "Order", b => b.WithProvider(p => p.Order("anthropic", "Amazon Bedrock")), "{'model':'m','messages':[],'provider':{'order':['anthropic','Amazon Bedrock']}}" },
        { "AllowFallbacks", b => b.WithProvider(p => p.AllowFallbacks(true)), "{'model':'m','messages':[],'provider':{'allow_fallbacks':true}}" },
        { "RequireParameters", b => b.WithProvider(p => p.RequireParameters()), "{'model':'m','messages':[],'provider':{'require_parameters':true}}" },
        { "DataCollection", b => b.WithProvider(p => p.DataCollection(DataCollectionPolicy.Deny)), "{'model':'m','messages':[],'provider':{'data_collection':'deny'}}" },
        { "Zdr", b => b.WithProvider(p => p.Zdr()), "{'model':'m','messages':[],'provider':{'zdr':true}}" },
        { "EnforceDistillableText", b => b.WithProvider(p => p.EnforceDistillableText()), "{'model':'m','messages':[],'provider':{'enforce_distillable_text':true}}" },
        { "Only", b => b.WithProvider(p => p.Only("azure", "openai")), "{'model':'m','messages':[],'provider':{'only':['azure','openai']}}" },
        { "Ignore", b => b.WithProvider(p => p.Ignore("deepinfra")), "{'model':'m','messages':[],'provider':{'ignore':['deepinfra']}}" },
        { "Quantizations", b => b.WithProvider(p => p.Quantizations(Quantization.Fp8, Quantization.Bf16)), "{'model':'m','messages':[],'provider':{'quantizations':['fp8','bf16']}}" },
        { "SortBy", b => b.WithProvider(p => p.SortBy(ProviderSort.Price)), "{'model':'m','messages':[],'provider':{'sort':'price'}}" },
        { "SortBy (partition)", b => b.WithProvider(p => p.SortBy(ProviderSort.Throughput, ProviderSortPartition.None)),
            "{'model':'m','messages':[],'provider':{'sort':{'by':'throughput','partition':'none'}}}" },
        { "PreferredMinThroughput", b => b.WithProvider(p => p.PreferredMinThroughput(50)), "{'model':'m','messages':[],'provider':{'preferred_min_throughput':50}}" },
        { "PreferredMinThroughput (percentiles)", b => b.WithProvider(p => p.PreferredMinThroughput(new PerformanceThreshold(p50: 50, p90: 20))),
            "{'model':'m','messages':[],'provider':{'preferred_min_throughput':{'p50':50,'p90':20}}}" },
        { "PreferredMaxLatency", b => b.WithProvider(p => p.PreferredMaxLatency(1.5)), "{'model':'m','messages':[],'provider':{'preferred_max_latency':1.5}}" },
        { "PreferredMaxLatency (percentiles)", b => b.WithProvider(p => p.PreferredMaxLatency(new PerformanceThreshold(p75: 2, p99: 4.5))),
            "{'model':'m','messages':[],'provider':{'preferred_max_latency':{'p75':2,'p99':4.5}}}" },
        { "MaxPrice", b => b.WithProvider(p => p.MaxPrice(prompt: 0.5m, completion: 2m)), "{'model':'m','messages':[],'provider':{'max_price':{'prompt':0.5,'completion':2}}}" },
        { "MaxPrice (every unit)", b => b.WithProvider(p => p.MaxPrice(prompt: 0.1m, completion: 0.3m, image: 0.04m, audio: 0.0001m, request: 0.005m)),
            "{'model':'m','messages':[],'provider':{'max_price':{'prompt':0.1,'completion':0.3,'image':0.04,'audio':0.0001,'request':0.005}}}" },
        { "ProviderOptions", b => b.WithProvider(p => p.ProviderOptions("openai", new JsonObject { ["store"] = false })),
            "{'model':'m','messages':[],'provider':{'options':{'openai':{'store':false}}}}" },
        { "AdditionalProperty", b => b.WithProvider(p => p.AdditionalProperty("future_flag", true)), "{'model':'m','messages':[],'provider':{'future_flag':true}}" },

        // ----- Plugins -----
        { "WithWebSearch", b => b.WithWebSearch(), "{'model':'m','messages':[],'plugins':[{'id':'web'}]}" },
        { "WithWebSearch (options)", b => b.WithWebSearch(WebSearchEngine.Exa, maxResults: 3, searchPrompt: "Sources:", includeDomains: new[] { "example.com" }, excludeDomains: new[] { "spam.example" }),
            "{'model':'m','messages':[],'plugins':[{'id':'web','engine':'exa','max_results':3,'search_prompt':'Sources:','include_domains':['example.com'],'exclude_domains':['spam.example']}]}" },
        { "WithFileParser", b => b.WithFileParser(PdfEngine.MistralOcr), "{'model':'m','messages':[],'plugins':[{'id':'file-parser','pdf':{'engine':'mistral-ocr'}}]}" },
        { "WithResponseHealing", b => b.WithResponseHealing(), "{'model':'m','messages':[],'plugins':[{'id':'response-healing'}]}" },
        { "WithModeration", b => b.WithModeration(), "{'model':'m','messages':[],'plugins':[{'id':'moderation'}]}" },
        { "WithContextCompression", b => b.WithContextCompression("middle-out"), "{'model':'m','messages':[],'plugins':[{'id':'context-compression','engine':'middle-out'}]}" },
        { "WithAutoRouter", b => b.WithModel(OpenRouterModels.Auto).WithAutoRouter(allowedModels: new[] { "anthropic/*" }, excludedModels: new[] { "openai/gpt-4o" }, costTier: "low"),
            "{'model':'openrouter/auto','messages':[],'plugins':[{'id':'auto-router','allowed_models':['anthropic/*'],'excluded_models':['openai/gpt-4o'],'cost_tier':'low'}]}" },
        { "WithPlugin", b => b.WithPlugin(new Plugin("web") { Enabled = false }), "{'model':'m','messages':[],'plugins':[{'id':'web','enabled':false}]}" },
        { "WithPlugin (generic id and fields)", b => b.WithPlugin("pareto-router", new JsonObject { ["min_coding_score"] = 0.8 }),
            "{'model':'m','messages':[],'plugins':[{'id':'pareto-router','min_coding_score':0.8}]}" },
        { "WithPlugin (same id replaces)", b => b.WithWebSearch(maxResults: 3).WithModeration().WithWebSearch(maxResults: 5),
            "{'model':'m','messages':[],'plugins':[{'id':'web','max_results':5},{'id':'moderation'}]}" },

        // ----- Output -----
        { "WithResponseFormat (text)", b => b.WithResponseFormat(ResponseFormat.Text), "{'model':'m','messages':[],'response_format':{'type':'text'}}" },
        { "WithResponseFormat (json_object)", b => b.WithResponseFormat(ResponseFormat.JsonObject), "{'model':'m','messages':[],'response_format':{'type':'json_object'}}" },
        { "WithResponseFormat (json_schema)", b => b.WithResponseFormat(ResponseFormat.JsonSchema("weather", WeatherSchema, strict: true, description: "A city")),
            "{'model':'m','messages':[],'response_format':{'type':'json_schema','json_schema':{'name':'weather','description':'A city','schema':{'type':'object','properties':{'city':{'type':'string'}},'required':['city']},'strict':true}}}" },
        { "WithResponseFormat (grammar)", b => b.WithResponseFormat(ResponseFormat.FromGrammar("root ::= [a-z]*")),
            "{'model':'m','messages':[],'response_format':{'type':'grammar','grammar':'root ::= [a-z]*'}}" },
        { "WithJsonSchema", b => b.WithJsonSchema("weather", WeatherSchema),
            "{'model':'m','messages':[],'response_format':{'type':'json_schema','json_schema':{'name':'weather','schema':{'type':'object','properties':{'city':{'type':'string'}},'required':['city']}}}}" },
        { "WithJsonSchema (type)", b => b.WithJsonSchema(BuilderTestJsonContext.Default.CityAnswer),
            "{'model':'m','messages':[],'response_format':{'type':'json_schema','json_schema':{'name':'CityAnswer','schema':{'type':'object','properties':{'city':{'type':'string'}},'required':['city'],'additionalProperties':false},'strict':true}}}" },
        { "WithStructuredOutputs", b => b.WithStructuredOutputs(), "{'model':'m','messages':[],'structured_outputs':true}" },
        { "WithModalities", b => b.WithModalities(Modality.Image, Modality.Text), "{'model':'m','messages':[],'modalities':['image','text']}" },
        { "WithImageConfig", b => b.WithImageConfig(new JsonObject { ["aspect_ratio"] = "3:2" }), "{'model':'m','messages':[],'image_config':{'aspect_ratio':'3:2'}}" },
        { "WithVerbosity", b => b.WithVerbosity(Verbosity.Low), "{'model':'m','messages':[],'verbosity':'low'}" },
        { "WithPrediction", b => b.WithPrediction("int x = 1;"), "{'model':'m','messages':[],'prediction':{'type':'content','content':'int x = 1;'}}" },

        // ----- Reasoning -----
        { "WithReasoning", b => b.WithReasoning(new ReasoningConfig { Effort = ReasoningEffortLevel.High, Exclude = true }),
            "{'model':'m','messages':[],'reasoning':{'effort':'high','exclude':true}}" },
        { "WithReasoningEffort", b => b.WithReasoningEffort(ReasoningEffortLevel.Minimal), "{'model':'m','messages':[],'reasoning':{'effort':'minimal'}}" },
        { "WithReasoningMaxTokens", b => b.WithReasoningMaxTokens(2000), "{'model':'m','messages':[],'reasoning':{'max_tokens':2000}}" },
        { "WithReasoningEnabled", b => b.WithReasoningEnabled(), "{'model':'m','messages':[],'reasoning':{'enabled':true}}" },
        { "WithReasoningExcluded", b => b.WithReasoningExcluded(), "{'model':'m','messages':[],'reasoning':{'exclude':true}}" },
        { "WithReasoningSummary", b => b.WithReasoningSummary(ReasoningSummary.Detailed), "{'model':'m','messages':[],'reasoning':{'summary':'detailed'}}" },
        { "WithReasoning (conveniences combine)", b => b.WithReasoningMaxTokens(1024).WithReasoningExcluded().WithReasoningSummary(ReasoningSummary.Auto),
            "{'model':'m','messages':[],'reasoning':{'max_tokens':1024,'exclude':true,'summary':'auto'}}" },
        { "WithTopLevelReasoningEffort", b => b.WithTopLevelReasoningEffort(ReasoningEffortLevel.Low), "{'model':'m','messages':[],'reasoning_effort':'low'}" },
        { "WithIncludeReasoning", b => b.WithIncludeReasoning(), "{'model':'m','messages':[],'include_reasoning':true}" },

        // ----- Tools -----
        { "WithTool", b => b.WithTool(ChatTool.CreateFunction("get_time", "Current time")),
            "{'model':'m','messages':[],'tools':[{'type':'function','function':{'name':'get_time','description':'Current time'}}]}" },
        { "WithTool (schema element)", b => b.WithTool("get_weather", "Weather for a city", WeatherSchema),
            "{'model':'m','messages':[],'tools':[{'type':'function','function':{'name':'get_weather','description':'Weather for a city','parameters':{'type':'object','properties':{'city':{'type':'string'}},'required':['city']}}}]}" },
        { "WithTool (schema text, strict)", b => b.WithTool("get_weather", null, """{"type":"object"}""", strict: true),
            "{'model':'m','messages':[],'tools':[{'type':'function','function':{'name':'get_weather','parameters':{'type':'object'},'strict':true}}]}" },
        { "WithTools", b => b.WithTools(new[] { ChatTool.CreateFunction("a"), ChatTool.CreateFunction("b") }),
            "{'model':'m','messages':[],'tools':[{'type':'function','function':{'name':'a'}},{'type':'function','function':{'name':'b'}}]}" },
        { "WithServerTool", b => b.WithServerTool("openrouter:web_search", new JsonObject { ["max_uses"] = 1 }),
            "{'model':'m','messages':[],'tools':[{'type':'openrouter:web_search','parameters':{'max_uses':1}}]}" },
        { "WithWebSearchTool", b => b.WithWebSearchTool(new WebSearchToolOptions { MaxResults = 3 }),
            "{'model':'m','messages':[],'tools':[{'type':'openrouter:web_search','parameters':{'max_results':3}}]}" },
        { "WithWebFetchTool", b => b.WithWebFetchTool(), "{'model':'m','messages':[],'tools':[{'type':'openrouter:web_fetch'}]}" },
        { "WithDatetimeTool", b => b.WithDatetimeTool("Europe/Paris"),
            "{'model':'m','messages':[],'tools':[{'type':'openrouter:datetime','parameters':{'timezone':'Europe/Paris'}}]}" },
        { "WithImageGenerationTool", b => b.WithImageGenerationTool(new ImageGenerationToolOptions { Model = "openai/gpt-5-image" }),
            "{'model':'m','messages':[],'tools':[{'type':'openrouter:image_generation','parameters':{'model':'openai/gpt-5-image'}}]}" },
        { "WithToolChoice (auto)", b => b.WithToolChoice(ToolChoice.Auto), "{'model':'m','messages':[],'tool_choice':'auto'}" },
        { "WithToolChoice (none)", b => b.WithToolChoice(ToolChoice.None), "{'model':'m','messages':[],'tool_choice':'none'}" },
        { "WithToolChoice (required)", b => b.WithToolChoice(ToolChoice.Required), "{'model':'m','messages':[],'tool_choice':'required'}" },
        { "WithToolChoice (function)", b => b.WithToolChoice(ToolChoice.Function("get_time")),
            "{'model':'m','messages':[],'tool_choice':{'type':'function','function':{'name':'get_time'}}}" },
        { "WithToolChoice (server tool)", b => b.WithToolChoice(ToolChoice.ServerTool("openrouter:web_search")),
            "{'model':'m','messages':[],'tool_choice':{'type':'openrouter:web_search'}}" },
        { "WithParallelToolCalls", b => b.WithParallelToolCalls(false), "{'model':'m','messages':[],'parallel_tool_calls':false}" },
        { "WithStopServerToolsWhen", b => b.WithStopServerToolsWhen(new ServerToolStopCondition { Type = "step_count_is", StepCount = 3 }, new ServerToolStopCondition { Type = "max_cost", MaxCostInDollars = 0.25m }),
            "{'model':'m','messages':[],'stop_server_tools_when':[{'type':'step_count_is','step_count':3},{'type':'max_cost','max_cost_in_dollars':0.25}]}" },

        // ----- Sampling -----
        { "WithTemperature", b => b.WithTemperature(0.7), "{'model':'m','messages':[],'temperature':0.7}" },
        { "WithTopP", b => b.WithTopP(0.9), "{'model':'m','messages':[],'top_p':0.9}" },
        { "WithTopK", b => b.WithTopK(40), "{'model':'m','messages':[],'top_k':40}" },
        { "WithMaxTokens", b => b.WithMaxTokens(500), "{'model':'m','messages':[],'max_tokens':500}" },
        { "WithMaxCompletionTokens", b => b.WithMaxCompletionTokens(1000), "{'model':'m','messages':[],'max_completion_tokens':1000}" },
        { "WithFrequencyPenalty", b => b.WithFrequencyPenalty(0.5), "{'model':'m','messages':[],'frequency_penalty':0.5}" },
        { "WithPresencePenalty", b => b.WithPresencePenalty(-0.5), "{'model':'m','messages':[],'presence_penalty':-0.5}" },
        { "WithRepetitionPenalty", b => b.WithRepetitionPenalty(1.1), "{'model':'m','messages':[],'repetition_penalty':1.1}" },
        { "WithMinP", b => b.WithMinP(0.05), "{'model':'m','messages':[],'min_p':0.05}" },
        { "WithTopA", b => b.WithTopA(0.2), "{'model':'m','messages':[],'top_a':0.2}" },
        { "WithSeed", b => b.WithSeed(42), "{'model':'m','messages':[],'seed':42}" },
        { "WithStop", b => b.WithStop("END", "\n\n"), "{'model':'m','messages':[],'stop':['END','\\n\\n']}" },
        { "WithLogprobs", b => b.WithLogprobs(true, 5), "{'model':'m','messages':[],'logprobs':true,'top_logprobs':5}" },
        { "WithLogprobs (no alternatives)", b => b.WithLogprobs(), "{'model':'m','messages':[],'logprobs':true}" },
        { "WithLogitBias", b => b.WithLogitBias(50256, -100).WithLogitBias(1234, 5.5), "{'model':'m','messages':[],'logit_bias':{'50256':-100,'1234':5.5}}" },
        { "WithLogitBias (pairs)", b => b.WithLogitBias(new Dictionary<int, double> { [7] = 1 }), "{'model':'m','messages':[],'logit_bias':{'7':1}}" },
        { "WithServiceTier", b => b.WithServiceTier(ServiceTier.Flex), "{'model':'m','messages':[],'service_tier':'flex'}" },

        // ----- Identity, caching, observability, passthrough -----
        { "WithUser", b => b.WithUser("user-42"), "{'model':'m','messages':[],'user':'user-42'}" },
        { "WithSessionId", b => b.WithSessionId("session-7"), "{'model':'m','messages':[],'session_id':'session-7'}" },
        { "WithMetadata", b => b.WithMetadata("team", "search").WithMetadata("env", "prod").WithMetadata("team", "ads"),
            "{'model':'m','messages':[],'metadata':{'team':'ads','env':'prod'}}" },
        { "WithTrace", b => b.WithTrace(new TraceOptions { TraceId = "t-1", SpanName = "summarize" }), "{'model':'m','messages':[],'trace':{'trace_id':'t-1','span_name':'summarize'}}" },
        { "WithPreset", b => b.WithPreset("@preset/support"), "{'model':'m','messages':[],'preset':'@preset/support'}" },
        { "WithCacheControl", b => b.WithCacheControl(), "{'model':'m','messages':[],'cache_control':{'type':'ephemeral'}}" },
        { "WithCacheControl (ttl)", b => b.WithCacheControl("1h"), "{'model':'m','messages':[],'cache_control':{'type':'ephemeral','ttl':'1h'}}" },
        { "WithPromptCacheKey", b => b.WithPromptCacheKey("tenant-1"), "{'model':'m','messages':[],'prompt_cache_key':'tenant-1'}" },
        { "WithPromptCacheOptions", b => b.WithPromptCacheOptions("24h"), "{'model':'m','messages':[],'prompt_cache_options':{'mode':'explicit','ttl':'24h'}}" },
        { "WithWebSearchOptions", b => b.WithWebSearchOptions("high"), "{'model':'m','messages':[],'web_search_options':{'search_context_size':'high'}}" },
        { "WithEchoUpstreamBody", b => b.WithEchoUpstreamBody(), "{'model':'m','messages':[],'debug':{'echo_upstream_body':true}}" },
        { "WithUsageAccounting", b => b.WithUsageAccounting(), "{'model':'m','messages':[],'usage':{'include':true}}" },
        { "WithStreamUsage", b => b.WithStreamUsage(), "{'model':'m','messages':[],'stream_options':{'include_usage':true}}" },
        { "WithAdditionalProperty", b => b.WithAdditionalProperty("safe_prompt", true).WithAdditionalProperty("raw_mode", null),
            "{'model':'m','messages':[],'safe_prompt':true,'raw_mode':null}" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Builder_method_sends_exactly_this_json(string method, Func<ChatRequestBuilder, ChatRequestBuilder> configure, string expected)
    {
        string json = Json(configure(new ChatRequestBuilder("m")));

        json.Should().Be(Q(expected), because: method + " must send exactly this JSON");
    }

    [Fact]
    public void Every_public_builder_method_has_a_golden_case()
    {
        var covered = Cases.Select(row => row.Data.Item1.Split(' ')[0]).ToHashSet(StringComparer.Ordinal);
        string[] methods = typeof(ChatRequestBuilder).GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
            .Concat(typeof(ProviderPreferencesBuilder).GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly))
            .Select(m => m.Name)
            .Where(name => name != nameof(ProviderPreferencesBuilder.Build))
            .Distinct()
            .ToArray();

        methods.Where(m => !covered.Contains(m)).Should().BeEmpty("every builder method needs a golden JSON case");
    }

    [Fact]
    public void Every_request_field_except_stream_is_reachable_from_the_builder()
    {
        var sent = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in Cases)
        {
            var configure = row.Data.Item2;
            foreach (var member in JsonNode.Parse(Json(configure(new ChatRequestBuilder("m"))))!.AsObject())
            {
                sent.Add(member.Key);
            }
        }

        string[] fields = OpenRouterJsonContext.Default.ChatCompletionRequest.Properties
            .Where(p => !p.IsExtensionData && p.Name != nameof(ChatCompletionRequest.AdditionalProperties) && p.Name != nameof(ChatCompletionRequest.RequestOptions))
            .Select(p => p.Name)
            .ToArray();

        // RequestOptions are headers, never body members (tests/RequestOptions checks them on the wire).
        // "stream" is owned by the client: it sets it per call. AdditionalProperties is written as top-level members
        // (the WithAdditionalProperty case).
        fields.Where(f => f != "stream" && !sent.Contains(f)).Should().BeEmpty();
    }
}
