global using OpenRouter.Sdk;
