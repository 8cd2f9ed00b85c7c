export const renderDocs = async (): Promise<Record<string, string>> => ({});
