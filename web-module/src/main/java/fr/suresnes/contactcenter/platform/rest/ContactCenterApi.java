package fr.suresnes.contactcenter.platform.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.info.License;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

@ApplicationPath("api")
@OpenAPIDefinition(info = @Info(
        title = "Centre de contacts de la Ville de Suresnes",
        version = "0.1.0",
        description = "Citizen channels (conversations) and administration endpoints of the municipal contact center.",
        license = @License(name = "Apache-2.0")))
@SecurityScheme(securitySchemeName = "basic", type = SecuritySchemeType.HTTP, scheme = "basic")
@SecurityScheme(securitySchemeName = "conversationToken", type = SecuritySchemeType.HTTP, scheme = "bearer",
        description = "the accessToken returned when the conversation was created")
public class ContactCenterApi extends Application {
}
