package io.omnipim.syndication;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import io.omnipim.syndication.amazon.AmazonType;
import io.omnipim.syndication.appfeed.AppFeedType;
import io.omnipim.syndication.core.ChannelTypes;
import io.omnipim.syndication.core.definition.ConnectorDefinition;
import io.omnipim.syndication.core.definition.DefinitionChecker;
import io.omnipim.syndication.core.definition.DefinitionProblem;
import io.omnipim.syndication.core.definition.DefinitionReader;
import io.omnipim.syndication.core.definition.Located;
import io.omnipim.syndication.google.GoogleMerchantType;
import io.omnipim.syndication.idealo.IdealoType;
import io.omnipim.syndication.meta.MetaCatalogType;
import io.omnipim.syndication.webhook.WebhookType;
import io.omnipim.testsupport.SampleStructure;

/** The definitions of {@code connectors/} read and checked as the server does, against the sample structure. */
public final class ShippedConnectors {

    public static final ChannelTypes TYPES = ChannelTypes.of(new GoogleMerchantType(), new MetaCatalogType(),
            new IdealoType(), new WebhookType(null, null, null, null), new AppFeedType(null, null),
            new AmazonType(null, null, null));

    private ShippedConnectors() {
    }

    /** Reads a definition; throws when it is refused. */
    public static ConnectorDefinition read(String text, String source) {
        return new DefinitionReader(TYPES).read(Located.parse(text, source));
    }

    /** A file of {@code connectors/}, read. */
    public static ConnectorDefinition file(String name) {
        Path path = Path.of("connectors", name);
        try {
            return read(Files.readString(path), "connectors/" + name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What the catalog check finds wrong (the selection is taken as valid: the database decides that). */
    public static List<DefinitionProblem> check(ConnectorDefinition definition) {
        return new DefinitionChecker(SampleStructure.get(), (json, locale, scope) -> Optional.empty())
                .check(definition, TYPES.find(definition.type()).orElseThrow());
    }
}
