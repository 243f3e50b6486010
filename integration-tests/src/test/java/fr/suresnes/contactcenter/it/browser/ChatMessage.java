package fr.suresnes.contactcenter.it.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.util.List;

/** One message of the widget's log, read as the citizen sees it. */
record ChatMessage(WebElement node) {

    boolean isFrom(String author) {
        return List.of(node.getAttribute("class").split(" ")).contains(author);
    }

    String text() {
        return node.findElement(By.cssSelector(".text")).getText();
    }

    List<WebElement> sourceLinks() {
        return node.findElements(By.cssSelector(".sources a"));
    }

    List<WebElement> choices() {
        return node.findElements(By.cssSelector(".choices button"));
    }

    WebElement ratingButton(String label) {
        return node.findElements(By.cssSelector(".rating button")).stream()
                .filter(button -> button.getText().equals(label)).findFirst()
                .orElseThrow(() -> new AssertionError("no rating button « " + label + " » on: " + text()));
    }

    String thanks() {
        return node.findElements(By.cssSelector(".thanks")).stream().map(WebElement::getText).findFirst().orElse("");
    }
}
