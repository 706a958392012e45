import { randomInt } from "node:crypto";

// Short, common, unambiguous words a ten-year-old can read off a card and type.
const WORDS = (
  "acorn amber anchor apple arrow aspen badge bagel bamboo banjo basil beacon berry bison blossom bongo brook " +
  "bubble button cactus camel canoe canyon carrot castle cedar cherry chess chili cider cinema circle clover " +
  "cobalt cocoa comet coral cotton cougar cricket crystal cupcake dancer delta denim desert dingo dolphin dragon " +
  "eagle echo ember falcon feather fennel ferry fiddle fig flame flute forest fossil fox galaxy garden gecko " +
  "ginger glacier globe goose granite grape gravel guitar hammock harbor hazel hedgehog helmet heron honey " +
  "hopper icicle igloo indigo island ivory jacket jaguar jasmine jelly jigsaw jungle kayak kettle kiwi koala " +
  "ladder lagoon lantern lemon lentil library lilac lime lizard llama lobster locket lotus lunar magnet mango " +
  "maple marble meadow melon meteor mint mitten monkey mosaic muffin mustard nectar needle nickel noodle nutmeg " +
  "oasis ocean olive onion orbit orchid otter owl paddle panda papaya parrot peach peanut pebble pepper piano " +
  "pickle pilot pine pixel planet plum pocket polar pony poppy potato prairie pretzel puffin pumpkin puzzle " +
  "quartz quiver rabbit radar radish rainbow raven reef ribbon river robin rocket rose ruby saddle saffron sail " +
  "salmon sandal satin scarf shell silver sketch skate sled slate snail snow socket sofa spark spider sponge " +
  "spruce squash star stone storm sugar summit sunset swan tango teapot thistle thunder tiger toast topaz " +
  "tulip tundra turnip turtle tuba umbrella valley velvet violet violin waffle walnut walrus wave willow window " +
  "wizard wombat yarn yeti yogurt zebra zephyr zinnia anvil apron atlas bakery beetle biscuit blanket bramble breeze " +
  "bucket canary candle caramel compass cookie crayon daisy domino donut drum emerald fern flamingo garnet harp kitten " +
  "lemur marigold narwhal orange"
).split(" ");

/**
 * A first password for a student's login card: two words and two digits
 * ("maple-otter-42"). About 23 bits; sign-in tries on one account are slowed to
 * one per 30 seconds at best after the first few, so guessing one takes years.
 */
export function newFirstPassword(): string {
  const word = () => WORDS[randomInt(WORDS.length)]!;
  return `${word()}-${word()}-${String(randomInt(100)).padStart(2, "0")}`;
}

export const FIRST_PASSWORD_WORD_COUNT = WORDS.length;
